package org.flipside.internal.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J instead of java.util.logging, under the renderer's own logger names (such as
 * {@code com.openhtmltopdf.general}). Its warnings and errors keep their level; what it reports at info and below is
 * progress ("Prepare to fly", timings, fonts loaded) and goes to debug.
 */
final class OpenHtmlToPdfToSlf4j implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable failure) {
    Logger logger = LoggerFactory.getLogger(where);
    if (level.intValue() >= Level.SEVERE.intValue()) {
      logger.error(message, failure);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      logger.warn(message, failure);
    } else {
      logger.debug(message, failure);
    }
  }

  @Override
  public void setLevel(String where, Level level) {
    // the host's logging configuration sets the levels
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : logger.isDebugEnabled();
  }
}
