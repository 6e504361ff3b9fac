package org.flipside.model.privacy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The append-only audit trail. It adds entries and reads them; the only way to remove one is retention's, for a
 * programme whose retention period has passed or for entries older than the trail's own retention.
 */
public final class AuditLog {

  private final EntityManager em;

  public AuditLog(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Adds an entry in the caller's transaction. */
  public void append(Instant at, String actorId, AuditedAction action, String subjectId, String programmeId) {
    em.persist(new AuditEntry(at, actorId, action, subjectId, programmeId));
  }

  /** The entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  public List<AuditEntry> between(Instant from, Instant to) {
    return em.createQuery("SELECT e FROM AuditEntry e WHERE e.occurredAt >= :from AND e.occurredAt < :to"
            + " ORDER BY e.occurredAt, e.id", AuditEntry.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Retention: removes the entries of a programme whose personal data is being erased. */
  public int removeProgramme(String programmeId) {
    return em.createQuery("DELETE FROM AuditEntry e WHERE e.programmeId = :programmeId")
        .setParameter("programmeId", programmeId)
        .executeUpdate();
  }

  /** Retention: removes entries that belong to no programme and are older than the trail keeps them. */
  public int removeUnattachedBefore(Instant cutoff) {
    return em.createQuery("DELETE FROM AuditEntry e WHERE e.programmeId IS NULL AND e.occurredAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
