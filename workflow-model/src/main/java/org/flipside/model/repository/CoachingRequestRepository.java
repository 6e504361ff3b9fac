package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import org.flipside.model.CoachingRequest;

/** Stores partners' requests for coaching. */
public class CoachingRequestRepository extends EntityRepository<CoachingRequest> {

  public CoachingRequestRepository(EntityManager em) {
    super(em, CoachingRequest.class, CoachingRequest::getId);
  }
}
