package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.flipside.model.repository.EntityRepository;

/** Stores the cohorts' survey keys. */
public class SurveyKeyRepository extends EntityRepository<SurveyKey> {

  public SurveyKeyRepository(EntityManager em) {
    super(em, SurveyKey.class, SurveyKey::getId);
  }

  public Optional<SurveyKey> findByCohort(String cohortId) {
    return first("SELECT k FROM SurveyKey k WHERE k.cohort.id = :cohortId", "cohortId", cohortId);
  }
}
