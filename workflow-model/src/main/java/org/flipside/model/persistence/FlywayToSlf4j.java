package org.flipside.model.persistence;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log through SLF4J. Its progress notes (the database it found, each migration it applies, that it
 * validated them) are logged at debug, since Flipside migrates its own tables on every start and the host's
 * operators need hear of it only when something goes wrong; so is its advice to upgrade Flyway for a newer database
 * release, which concerns Flipside's build (it pins both), not the operators. Warnings and errors keep their levels.
 */
public final class FlywayToSlf4j implements LogCreator {

  private static final String UPGRADE_ADVICE = "Flyway upgrade recommended";

  @Override
  public Log createLogger(Class<?> type) {
    Logger logger = LoggerFactory.getLogger(type);
    return new Log() {
      @Override
      public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
      }

      @Override
      public void debug(String message) {
        logger.debug(message);
      }

      @Override
      public void info(String message) {
        logger.debug(message);
      }

      @Override
      public void warn(String message) {
        if (message.startsWith(UPGRADE_ADVICE)) {
          logger.debug(message);
        } else {
          logger.warn(message);
        }
      }

      @Override
      public void error(String message) {
        logger.error(message);
      }

      @Override
      public void error(String message, Exception failure) {
        logger.error(message, failure);
      }

      @Override
      public void notice(String message) {
        logger.debug(message);
      }
    };
  }
}
