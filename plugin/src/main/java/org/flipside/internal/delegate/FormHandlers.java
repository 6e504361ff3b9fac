package org.flipside.internal.delegate;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.flipside.internal.delegate.coaching.CoachingRequests;
import org.flipside.internal.delegate.concerns.ConcernAnswers;
import org.flipside.internal.delegate.matching.MatchReviewAnswers;
import org.flipside.internal.delegate.recruitment.ApplicationAnswers;
import org.flipside.internal.delegate.recruitment.ApplicationReview;
import org.flipside.internal.delegate.recruitment.RecruitmentCampaigns;
import org.flipside.internal.delegate.rollout.RolloutAnswers;
import org.flipside.internal.delegate.scoping.CoDesignReviews;
import org.flipside.internal.delegate.scoping.ScopeAnswers;
import org.flipside.internal.delegate.sessions.AgreementAnswers;
import org.flipside.internal.delegate.sessions.CheckInAnswers;
import org.flipside.internal.delegate.support.SupportConversations;
import org.flipside.internal.delegate.workshops.AttendanceRegister;
import org.flipside.internal.delegate.workshops.EventMoves;
import org.flipside.internal.delegate.workshops.KickOffPlans;
import org.flipside.internal.delegate.workshops.PreReadingAnswers;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.privacy.AuditTrail;

/**
 * The handlers of the stages' forms that show something from Flipside's tables or keep what people write there.
 * A form none of them handles asks only for values that steer the process, which the engine receives as they are.
 */
public final class FormHandlers {

  private FormHandlers() {}

  /**
   * One handler for each such form, each from the package of the form's stage; the liaison's kick-off plan moves
   * workshops through the same {@code eventMoves} as the programme team's {@code ProgrammeEvents}.
   */
  public static List<AnswerStore> create(DelegateContext context, TaskVariables variables, AuditTrail audit,
      RepositoryService repository, EventMoves eventMoves) {
    return List.of(
        new ScopeAnswers(context, variables, repository),
        new CoDesignReviews(context, variables),
        new ApplicationAnswers(context, variables),
        new ApplicationReview(context, variables),
        new RecruitmentCampaigns(context, variables, repository),
        new MatchReviewAnswers(context, variables),
        new AttendanceRegister(context, variables),
        new KickOffPlans(context, variables, eventMoves),
        new PreReadingAnswers(context, variables),
        new AgreementAnswers(context, variables),
        new CheckInAnswers(context, variables),
        new SupportConversations(context, variables, audit),
        new CoachingRequests(context, variables, audit),
        new ConcernAnswers(context, variables, audit),
        new RolloutAnswers(context, variables));
  }
}
