package org.flipside.internal.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.AuditEntry;
import org.flipside.model.privacy.AuditLog;
import org.flipside.model.privacy.AuditedAction;

/**
 * Records who read or exported what, in the caller's transaction, so a read that fails leaves no entry and one
 * that succeeds cannot happen without its entry. Only ids are recorded, never what was read.
 */
public final class AuditTrail {

  /** Who the trail names for what Flipside does by itself, such as retention. */
  public static final String FLIPSIDE = "flipside";

  // a task's form is filled from Flipside's tables deep inside the inbox, which knows who asked but does not pass it
  private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

  private final AuditLog log;
  private final Clock clock;

  public AuditTrail(EntityManager entityManager, Clock clock) {
    this.log = new AuditLog(entityManager);
    this.clock = clock;
  }

  /** Records that the actor did this to the subject. */
  public void record(Actor actor, AuditedAction action, String subjectId, String programmeId) {
    record(actor.employeeId(), action, subjectId, programmeId);
  }

  /** Records an action by someone named by id, such as {@link #FLIPSIDE}. */
  public void record(String actorId, AuditedAction action, String subjectId, String programmeId) {
    log.append(clock.instant(), actorId, action, subjectId, programmeId);
  }

  /**
   * Runs a call of the task inbox on behalf of the actor, so that a form showing audited data records who was
   * shown it ({@link #recordForCaller}).
   */
  public static <T> T onBehalfOf(Actor actor, Supplier<T> call) {
    String previous = CALLER.get();
    CALLER.set(actor.employeeId());
    try {
      return call.get();
    } finally {
      if (previous == null) {
        CALLER.remove();
      } else {
        CALLER.set(previous);
      }
    }
  }

  /** The employee a task inbox call runs on behalf of ({@link #onBehalfOf}), if any: who answers a task offered to several. */
  public static Optional<String> caller() {
    return Optional.ofNullable(CALLER.get());
  }

  /**
   * Records that the employee the inbox is showing a task to reads the subject. A form filled only to check a
   * submission, outside {@link #onBehalfOf}, shows nothing to anyone and records nothing.
   */
  public void recordForCaller(AuditedAction action, String subjectId, String programmeId) {
    String caller = CALLER.get();
    if (caller != null) {
      record(caller, action, subjectId, programmeId);
    }
  }

  /** The entries in the period, oldest first. */
  public List<AuditEntry> between(Instant from, Instant to) {
    return log.between(from, to).stream()
        .map(entry -> new AuditEntry(entry.getOccurredAt(), entry.getActorId(),
            AuditAction.valueOf(entry.getAction().name()), entry.getSubjectId(), entry.getProgrammeId()))
        .toList();
  }
}
