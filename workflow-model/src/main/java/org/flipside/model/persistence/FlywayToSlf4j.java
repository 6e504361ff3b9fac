package org.flipside.model.persistence;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log through SLF4J at Flyway's own levels, except its advice to upgrade Flyway for a newer database
 * release: that advice concerns Flipside's build, which pins both, not the host's operators, so it is logged at
 * debug.
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
        logger.info(message);
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
        logger.info(message);
      }
    };
  }
}
