package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/** Stores survey responses. */
public class SurveyResponseRepository extends EntityRepository<SurveyResponse> {

  public SurveyResponseRepository(EntityManager em) {
    super(em, SurveyResponse.class, SurveyResponse::getId);
  }

  public List<SurveyResponse> findByCohortAndKind(String cohortId, SurveyKind kind) {
    return query("SELECT s FROM SurveyResponse s WHERE s.cohort.id = :cohortId AND s.kind = :kind"
        + " ORDER BY s.id")
        .setParameter("cohortId", cohortId)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** Whether the pseudonymous respondent already answered this survey of the cohort. */
  public boolean existsByCohortKindAndRespondent(String cohortId, SurveyKind kind, String respondentToken) {
    return count("SELECT COUNT(s) FROM SurveyResponse s WHERE s.cohort.id = :cohortId AND s.kind = :kind"
        + " AND s.respondentToken = :token", "cohortId", cohortId, "kind", kind, "token", respondentToken) > 0;
  }
}
