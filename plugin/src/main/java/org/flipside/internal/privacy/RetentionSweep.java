package org.flipside.internal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.model.Concern;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditLog;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.model.privacy.PersonalDataEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases each closed programme's personal data once its retention period has passed: Flipside's rows are
 * anonymised or deleted, the engine's history of the programme is removed, and so are the programme's audit
 * entries; the programme, its counts and its evaluation reports stay. Audit entries that belong to no programme
 * (exports, erasures) are kept for {@link #AUDIT_KEPT}. Each programme is erased in its own transaction, so one
 * that fails holds up no other and is tried again at the next sweep.
 */
public final class RetentionSweep {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

  /**
   * How long the audit entries of exports, erasures and consent withdrawals are kept: the six years within which a
   * claim about how a request was handled can be brought.
   */
  public static final Period AUDIT_KEPT = Period.ofYears(6);

  /** The programmes that closed and still hold personal data. */
  private static final String AWAITING_ERASURE =
      " FROM Programme p WHERE p.closedAt IS NOT NULL AND p.personalDataErasedAt IS NULL";

  private final Repositories data;
  private final EngineHistory history;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final Clock clock;

  public RetentionSweep(Repositories data, EngineHistory history, AuditTrail audit, Transactions transactions,
      Clock clock) {
    this.data = data;
    this.history = history;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Erases every programme that has fallen due. @return how many programmes were erased */
  public int sweep() {
    Instant now = clock.instant();
    List<String> due = transactions.inTransaction(() -> dueBy(now));
    for (String programmeId : due) {
      transactions.run(() -> erase(programmeId, now));
    }
    transactions.run(() -> new AuditLog(data.entityManager())
        .removeUnattachedBefore(now.atZone(ZoneOffset.UTC).minus(AUDIT_KEPT).toInstant()));
    if (!due.isEmpty()) {
      LOG.info("Retention erased the personal data of {} closed programme(s)", due.size());
    }
    return due.size();
  }

  /**
   * When the next programme falls due, for a host that schedules {@code DueWork} itself. Asked on every
   * {@code DueWork} round, so it reads no programme, only the earliest closing under each retention period in use:
   * the earliest closing falls due first among those kept as long.
   */
  public Optional<Instant> nextDueAt() {
    return transactions.inTransaction(() -> data.entityManager().createQuery(
            "SELECT p.retentionMonths, MIN(p.closedAt)" + AWAITING_ERASURE + " GROUP BY p.retentionMonths",
            Object[].class).getResultList().stream()
        .map(row -> Programme.retainedUntil((Instant) row[1], ((Number) row[0]).intValue()))
        .min(Instant::compareTo));
  }

  /** The ids of the closed programmes still holding personal data whose retention period has passed by then. */
  private List<String> dueBy(Instant now) {
    return data.entityManager().createQuery(
            "SELECT p.id, p.closedAt, p.retentionMonths" + AWAITING_ERASURE, Object[].class).getResultList().stream()
        .filter(row -> !Programme.retainedUntil((Instant) row[1], ((Number) row[2]).intValue()).isAfter(now))
        .map(row -> (String) row[0]).toList();
  }

  private void erase(String programmeId, Instant now) {
    if (data.programmes().find(programmeId).orElseThrow().getPersonalDataErasedAt() != null) {
      return; // a sweep on another thread or node got there first
    }
    List<String> concernIds = data.concerns().findByProgramme(programmeId).stream().map(Concern::getId).toList();
    history.removeProgramme(programmeId, concernIds);
    new AuditLog(data.entityManager()).removeProgramme(programmeId);
    new PersonalDataEraser(data.entityManager()).eraseProgramme(programmeId, now);
    // the eraser cleared the persistence context: read the programme afresh
    data.programmes().find(programmeId).orElseThrow().personalDataErased(now);
    audit.record(AuditTrail.FLIPSIDE, AuditedAction.RETENTION_ERASURE, programmeId, null);
  }
}
