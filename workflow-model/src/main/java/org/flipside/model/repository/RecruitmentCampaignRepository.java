package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.RecruitmentCampaign;

/** Stores what the communications contacts recorded of each cohort's recruitment campaign. */
public class RecruitmentCampaignRepository extends EntityRepository<RecruitmentCampaign> {

  public RecruitmentCampaignRepository(EntityManager em) {
    super(em, RecruitmentCampaign.class, RecruitmentCampaign::getId);
  }

  /** The cohort's campaigns, oldest first. */
  public List<RecruitmentCampaign> findByCohort(String cohortId) {
    return query("SELECT c FROM RecruitmentCampaign c WHERE c.cohort.id = :cohortId ORDER BY c.recordedAt, c.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }
}
