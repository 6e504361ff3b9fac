package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.repository.EntityRepository;

/** Stores answers to added questions. */
public class SurveyAnswerRepository extends EntityRepository<SurveyAnswer> {

  public SurveyAnswerRepository(EntityManager em) {
    super(em, SurveyAnswer.class, SurveyAnswer::getId);
  }

  public List<SurveyAnswer> findByCohort(String cohortId) {
    return query("SELECT a FROM SurveyAnswer a WHERE a.response.cohort.id = :cohortId ORDER BY a.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }
}
