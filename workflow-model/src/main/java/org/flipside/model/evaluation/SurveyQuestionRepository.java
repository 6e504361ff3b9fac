package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.repository.EntityRepository;

/** Stores the questions programme managers added to their surveys. */
public class SurveyQuestionRepository extends EntityRepository<SurveyQuestion> {

  public SurveyQuestionRepository(EntityManager em) {
    super(em, SurveyQuestion.class, SurveyQuestion::getId);
  }

  public List<SurveyQuestion> findByProgramme(String programmeId) {
    return query("SELECT q FROM SurveyQuestion q WHERE q.programme.id = :programmeId ORDER BY q.position")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }
}
