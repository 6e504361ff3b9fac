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
    return first("SELECT r FROM EvaluationReport r WHERE r.cohort.id = :cohortId"
        + " ORDER BY r.createdAt DESC, r.id DESC",
        "cohortId", cohortId);
  }

  /** The programme's most recently compiled report that has its documents. */
  public Optional<EvaluationReport> findLatestDocumentByProgramme(String programmeId) {
    return first("SELECT r FROM EvaluationReport r WHERE r.cohort.programme.id = :programmeId"
        + " AND r.html IS NOT NULL ORDER BY r.createdAt DESC, r.id DESC",
        "programmeId", programmeId);
  }
}
