package org.flipside.model.persistence;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EclipseLink's log through SLF4J, so it goes where the host's log goes instead of to standard output. Each category
 * logs under {@code org.eclipse.persistence.<category>}; EclipseLink's levels map to SLF4J's (SEVERE to error, WARNING
 * to warn, INFO and CONFIG to info, the FINE levels to debug and trace), and the persistence unit's logging level
 * still decides what EclipseLink hands over.
 */
public final class EclipseLinkToSlf4j extends AbstractSessionLog {

  private static final String PREFIX = "org.eclipse.persistence.";

  @Override
  public void log(SessionLogEntry entry) {
    if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
      return;
    }
    Logger logger = LoggerFactory.getLogger(PREFIX + (entry.getNameSpace() == null ? "default" : entry.getNameSpace()));
    String message = formatMessage(entry);
    Throwable failure = entry.getException();
    switch (entry.getLevel()) {
      case SessionLog.SEVERE -> logger.error(message, failure);
      case SessionLog.WARNING -> logger.warn(message, failure);
      case SessionLog.INFO, SessionLog.CONFIG -> logger.info(message, failure);
      case SessionLog.FINE -> logger.debug(message, failure);
      default -> logger.trace(message, failure);
    }
  }
}
