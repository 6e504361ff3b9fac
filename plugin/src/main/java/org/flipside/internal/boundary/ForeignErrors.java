package org.flipside.internal.boundary;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.flipside.api.ConflictException;
import org.flipside.api.FlipsideException;
import org.flipside.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what a call threw into what the host may see. Flipside's own exceptions pass; a race lost
 * to another call becomes a {@link ConflictException}; a task or record the engine no longer finds
 * becomes a {@link NotFoundException}; anything else that carries an engine, persistence or JDBC type or
 * message becomes a plain {@link FlipsideException} in Flipside's words, its details logged. The host's
 * own exceptions (from the SPI it implements) pass as they are.
 */
final class ForeignErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ForeignErrors.class);

  /** Packages whose types and messages are Flipside's private business. */
  private static final List<String> FOREIGN = List.of("org.camunda.", "org.operaton.", "org.eclipse.persistence.",
      "jakarta.persistence.", "javax.persistence.", "java.sql.", "javax.sql.", "org.springframework.",
      "org.apache.ibatis.", "org.h2.", "org.postgresql.", "com.zaxxer.", "org.flywaydb.");

  /** Camunda's error codes (ENGINE-03005 …) and library names in a message give the engine away too. */
  private static final Pattern FOREIGN_WORDS =
      Pattern.compile("ENGINE-\\d+|EclipseLink|PSQLException|JdbcSQL|camunda|ibatis|hibernate", Pattern.CASE_INSENSITIVE);

  private static final Set<String> LOST_RACE = Set.of(
      "org.camunda.bpm.engine.OptimisticLockingException",
      "org.springframework.dao.ConcurrencyFailureException",
      "org.springframework.dao.OptimisticLockingFailureException",
      "org.springframework.dao.PessimisticLockingFailureException",
      "org.springframework.dao.CannotAcquireLockException",
      "org.springframework.orm.ObjectOptimisticLockingFailureException",
      "jakarta.persistence.OptimisticLockException",
      "jakarta.persistence.PessimisticLockException",
      "org.eclipse.persistence.exceptions.OptimisticLockException");

  private static final Set<String> GONE = Set.of(
      "org.camunda.bpm.engine.exception.NullValueException",
      "org.camunda.bpm.engine.exception.NotFoundException",
      "jakarta.persistence.EntityNotFoundException",
      "jakarta.persistence.NoResultException");

  private final Class<?> api;

  ForeignErrors(Class<?> api) {
    this.api = api;
  }

  /** What the host sees instead of the failure. */
  RuntimeException translate(Method method, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FlipsideException flipside) {
        return withoutForeignCause(flipside);
      }
    }
    String call = api.getSimpleName() + "." + method.getName();
    if (anyIs(failure, LOST_RACE)) {
      LOG.debug("{} lost a race with a concurrent call", call, failure);
      return new ConflictException("another call changed the same thing at the same moment; nothing was changed: "
          + "look again and retry");
    }
    if (anyIs(failure, GONE)) {
      LOG.debug("{} named something the engine no longer has", call, failure);
      return new NotFoundException("what this call names is no longer open: another call completed or withdrew "
          + "it first");
    }
    if (!anyForeign(failure)) {
      return failure instanceof RuntimeException runtime ? runtime : new FlipsideException(call + " failed", failure);
    }
    LOG.warn("{} failed inside Flipside", call, failure);
    Throwable root = rootOf(failure);
    String reason = isForeign(root) || root.getMessage() == null ? "" : ": " + root.getMessage();
    return new FlipsideException("Flipside could not complete " + call + " and changed nothing" + reason);
  }

  /** A Flipside exception that wraps an engine exception loses the wrapper's cause, keeping its words. */
  private static FlipsideException withoutForeignCause(FlipsideException flipside) {
    if (flipside.getCause() != null && anyForeign(flipside.getCause())) {
      return new FlipsideException(flipside.getMessage());
    }
    return flipside;
  }

  private static boolean anyIs(Throwable failure, Set<String> types) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
        if (types.contains(type.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyForeign(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isForeign(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isForeign(Throwable failure) {
    String type = failure.getClass().getName();
    String message = failure.getMessage();
    return FOREIGN.stream().anyMatch(type::startsWith)
        || message != null && (FOREIGN.stream().anyMatch(message::contains) || FOREIGN_WORDS.matcher(message).find());
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
