package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Workshop;

/** Stores planned events (workshops among them) together with their attendance registers. */
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

  /** Every event of the programme's cohorts, cancelled ones too, in date order. */
  public List<Workshop> findByProgramme(String programmeId) {
    return query("SELECT w FROM Workshop w WHERE w.cohort.programme.id = :programmeId ORDER BY w.scheduledAt, w.id")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }
}
