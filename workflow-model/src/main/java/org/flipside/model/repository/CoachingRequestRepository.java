package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.flipside.model.CoachingRequest;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/** Stores partners' requests for coaching. */
public class CoachingRequestRepository extends EntityRepository<CoachingRequest> {

  public CoachingRequestRepository(EntityManager em) {
    super(em, CoachingRequest.class, CoachingRequest::getId);
  }

  /** The pairing's arranged coaching sessions that start after the instant and were not cancelled, earliest first. */
  public List<CoachingRequest> findSessionsToCome(Pairing pairing, Instant after) {
    return query("SELECT r FROM CoachingRequest r WHERE r.pairing = :pairing AND r.sessionAt > :after"
        + " AND r.sessionCancelledAt IS NULL ORDER BY r.sessionAt").setParameter("pairing", pairing)
        .setParameter("after", after).getResultList();
  }

  /**
   * The programme's arranged coaching sessions that start after the instant and were not cancelled, earliest first.
   */
  public List<CoachingRequest> findSessionsToCome(Programme programme, Instant after) {
    return query("SELECT r FROM CoachingRequest r WHERE r.pairing.cohort.programme = :programme"
        + " AND r.sessionAt > :after AND r.sessionCancelledAt IS NULL ORDER BY r.sessionAt")
        .setParameter("programme", programme).setParameter("after", after).getResultList();
  }
}
