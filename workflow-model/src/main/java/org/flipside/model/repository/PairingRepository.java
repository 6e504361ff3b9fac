package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;

/** Stores pairings. */
public class PairingRepository extends EntityRepository<Pairing> {

  public PairingRepository(EntityManager em) {
    super(em, Pairing.class, Pairing::getId);
  }

  /** The pairing with its cohort, programme, mentor, mentee and their applications, read in one statement. */
  @Override
  public Optional<Pairing> find(String id) {
    return findJoining(id, List.of("e.cohort.programme", "e.mentor", "e.mentee"),
        List.of("e.mentor.application", "e.mentee.application"));
  }

  /** All of a cohort's pairings, best-scored proposals first within each proposal time. */
  public List<Pairing> findByCohort(String cohortId) {
    return query("SELECT p FROM Pairing p WHERE p.cohort.id = :cohortId ORDER BY p.proposedAt, p.score DESC, p.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /**
   * As {@link #findByCohort}, with each pairing's mentor and mentee and their applications read in the same statement,
   * where each would otherwise be read on its own. (Its reasons are read a pairing at a time: EclipseLink 4.0's batch
   * reading of an element collection of embeddables leaves them unable to be flushed.)
   */
  public List<Pairing> findByCohortWithPartners(String cohortId) {
    return query("SELECT p FROM Pairing p WHERE p.cohort.id = :cohortId ORDER BY p.proposedAt, p.score DESC, p.id")
        .setParameter("cohortId", cohortId)
        .setHint(QueryHints.FETCH, "p.mentor")
        .setHint(QueryHints.FETCH, "p.mentee")
        .setHint(QueryHints.LEFT_FETCH, "p.mentor.application")
        .setHint(QueryHints.LEFT_FETCH, "p.mentee.application")
        .getResultList();
  }

  public List<Pairing> findByCohortAndStatus(String cohortId, PairingStatus status) {
    return query("SELECT p FROM Pairing p WHERE p.cohort.id = :cohortId AND p.status = :status"
        + " ORDER BY p.proposedAt, p.score DESC, p.id")
        .setParameter("cohortId", cohortId)
        .setParameter("status", status)
        .getResultList();
  }

  public long countByCohortAndStatus(String cohortId, PairingStatus status) {
    return count("SELECT COUNT(p) FROM Pairing p WHERE p.cohort.id = :cohortId AND p.status = :status",
        "cohortId", cohortId, "status", status);
  }

  /** The published pairings an employee is a partner in, newest first. */
  public List<Pairing> findPublishedByEmployee(String employeeId) {
    return query("SELECT p FROM Pairing p WHERE (p.mentor.employeeId = :employeeId OR p.mentee.employeeId = :employeeId)"
        + " AND p.status IN :published ORDER BY p.publishedAt DESC, p.id")
        .setParameter("employeeId", employeeId)
        .setParameter("published", List.of(PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED_EARLY))
        .getResultList();
  }

  /** The live pairings the employee is a partner in, on either side, in any programme. */
  public List<Pairing> findActiveByEmployee(String employeeId) {
    return query("SELECT p FROM Pairing p WHERE p.status = :status"
        + " AND (p.mentor.employeeId = :employeeId OR p.mentee.employeeId = :employeeId) ORDER BY p.publishedAt, p.id")
        .setParameter("status", PairingStatus.ACTIVE)
        .setParameter("employeeId", employeeId)
        .getResultList();
  }

  /** Every pairing the participant has been proposed or published in, whatever became of it. */
  public List<Pairing> findByParticipant(String participantId) {
    return query("SELECT p FROM Pairing p WHERE p.mentor.id = :participantId OR p.mentee.id = :participantId"
        + " ORDER BY p.proposedAt, p.id")
        .setParameter("participantId", participantId)
        .getResultList();
  }
}
