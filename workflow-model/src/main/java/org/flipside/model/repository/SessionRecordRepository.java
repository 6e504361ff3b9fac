package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.SessionRecord;
import org.flipside.model.SessionStatus;

/** Stores session records. */
public class SessionRecordRepository extends EntityRepository<SessionRecord> {

  public SessionRecordRepository(EntityManager em) {
    super(em, SessionRecord.class, SessionRecord::getId);
  }

  /** The pair's record, period by period. */
  public List<SessionRecord> findByPairing(String pairingId) {
    return query("SELECT s FROM SessionRecord s WHERE s.pairing.id = :pairingId ORDER BY s.periodNumber")
        .setParameter("pairingId", pairingId)
        .getResultList();
  }

  /** Held or missed periods across every pair of the cohort. */
  public long countByCohortAndStatus(String cohortId, SessionStatus status) {
    return count("SELECT COUNT(s) FROM SessionRecord s WHERE s.pairing.cohort.id = :cohortId AND s.status = :status",
        "cohortId", cohortId, "status", status);
  }
}
