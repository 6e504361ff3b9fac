package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Workshop;

/** Stores workshops together with their attendance registers. */
public class WorkshopRepository extends EntityRepository<Workshop> {

  public WorkshopRepository(EntityManager em) {
    super(em, Workshop.class, Workshop::getId);
  }

  /** A cohort's workshops in date order. */
  public List<Workshop> findByCohort(String cohortId) {
    return query("SELECT w FROM Workshop w WHERE w.cohort.id = :cohortId ORDER BY w.scheduledAt, w.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }
}
