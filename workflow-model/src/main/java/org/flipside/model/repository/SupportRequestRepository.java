package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import org.flipside.model.SupportRequest;

/** Stores partners' requests for support with their pairing. */
public class SupportRequestRepository extends EntityRepository<SupportRequest> {

  public SupportRequestRepository(EntityManager em) {
    super(em, SupportRequest.class, SupportRequest::getId);
  }
}
