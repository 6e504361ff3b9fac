package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.flipside.model.EvaluationReport;

/** Stores evaluation reports. */
public class EvaluationReportRepository extends EntityRepository<EvaluationReport> {

  public EvaluationReportRepository(EntityManager em) {
    super(em, EvaluationReport.class, EvaluationReport::getId);
  }

  /** The cohort's most recently compiled report. */
  public Optional<EvaluationReport> findLatestByCohort(String cohortId) {
    return first(query("SELECT r FROM EvaluationReport r WHERE r.cohort.id = :cohortId"
        + " ORDER BY r.createdAt DESC, r.id DESC")
        .setParameter("cohortId", cohortId));
  }
}
