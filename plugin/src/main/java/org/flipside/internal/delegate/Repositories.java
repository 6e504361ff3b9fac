package org.flipside.internal.delegate;

import jakarta.persistence.EntityManager;
import org.flipside.model.repository.AmbassadorRepository;
import org.flipside.model.repository.AppointmentRepository;
import org.flipside.model.repository.ApplicationRepository;
import org.flipside.model.repository.CoDesignReviewRepository;
import org.flipside.model.repository.CohortRepository;
import org.flipside.model.repository.ConcernRepository;
import org.flipside.model.repository.EvaluationReportRepository;
import org.flipside.model.repository.GuestRepository;
import org.flipside.model.repository.LearningAgreementRepository;
import org.flipside.model.repository.MatchAllowanceRepository;
import org.flipside.model.repository.OutboundMessageRepository;
import org.flipside.model.repository.RecruitmentCampaignRepository;
import org.flipside.model.repository.PairingRepository;
import org.flipside.model.repository.ParticipantRepository;
import org.flipside.model.repository.PrivateReflectionRepository;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.model.repository.SessionRecordRepository;
import org.flipside.model.repository.SupportRequestRepository;
import org.flipside.model.repository.CoachingRequestRepository;
import org.flipside.model.repository.SurveyResponseRepository;
import org.flipside.model.repository.WorkshopRepository;

/**
 * Flipside's repositories, all on the transaction-bound entity manager, which the evaluation store
 * ({@code org.flipside.model.evaluation}) takes directly.
 */
public record Repositories(
    ProgrammeRepository programmes,
    CohortRepository cohorts,
    ApplicationRepository applications,
    ParticipantRepository participants,
    PairingRepository pairings,
    LearningAgreementRepository agreements,
    SessionRecordRepository sessions,
    WorkshopRepository workshops,
    SurveyResponseRepository surveys,
    EvaluationReportRepository reports,
    OutboundMessageRepository outbox,
    PrivateReflectionRepository reflections,
    ConcernRepository concerns,
    SupportRequestRepository supportRequests,
    CoachingRequestRepository coachingRequests,
    AmbassadorRepository ambassadors,
    MatchAllowanceRepository matchAllowances,
    GuestRepository guests,
    AppointmentRepository appointments,
    CoDesignReviewRepository coDesignReviews,
    RecruitmentCampaignRepository recruitmentCampaigns,
    EntityManager entityManager) {

  /** Repositories on an entity manager that joins the current transaction. */
  public static Repositories on(EntityManager entityManager) {
    return new Repositories(
        new ProgrammeRepository(entityManager),
        new CohortRepository(entityManager),
        new ApplicationRepository(entityManager),
        new ParticipantRepository(entityManager),
        new PairingRepository(entityManager),
        new LearningAgreementRepository(entityManager),
        new SessionRecordRepository(entityManager),
        new WorkshopRepository(entityManager),
        new SurveyResponseRepository(entityManager),
        new EvaluationReportRepository(entityManager),
        new OutboundMessageRepository(entityManager),
        new PrivateReflectionRepository(entityManager),
        new ConcernRepository(entityManager),
        new SupportRequestRepository(entityManager),
        new CoachingRequestRepository(entityManager),
        new AmbassadorRepository(entityManager),
        new MatchAllowanceRepository(entityManager),
        new GuestRepository(entityManager),
        new AppointmentRepository(entityManager),
        new CoDesignReviewRepository(entityManager),
        new RecruitmentCampaignRepository(entityManager),
        entityManager);
  }
}
