package org.flipside.internal.delegate.evaluation;

import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.SurveyReleases;
import org.flipside.model.evaluation.Surveys;
import org.flipside.spi.NotificationTopic;

/**
 * Asks everyone who was paired in the cohort and is still taking part (not someone who left) for their feedback,
 * within a two-week window, each in a process instance of their own that {@link AskFinalRespondents} starts
 * ({@link SurveyRequests}); the people of a rematched pair still running answer when it finishes
 * ({@link OpenLateFinalSurvey}). The sessions have ended for everyone, so this is the cohort's closing date for the
 * midpoint pulse: its answers still waiting are written and its figures released, once.
 */
@SuppressWarnings("deprecation") // the list a lifecycle drawn against 1.0 reads
public final class OpenFinalSurvey implements JavaDelegate {

  static final Duration SURVEY_WINDOW = Duration.ofDays(14);

  private final DelegateContext context;

  public OpenFinalSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    cohort.setStatus(CohortStatus.EVALUATING);
    // the sessions have ended for the whole cohort, so has every pulse: the pulse figures are released, once
    new Surveys(context.data().entityManager(), context.surveyKey()).writeWaiting(cohort, context.now());
    new SurveyReleases(context.data().entityManager()).release(cohort, SurveyKind.PULSE,
        cohort.getProgramme().getAnonymityThreshold(), context.now());
    List<String> respondents = SurveyRespondents.finished(context, cohort);
    Instant deadline = context.now().plus(SURVEY_WINDOW);
    Variables.set(execution, Vars.SURVEY_DEADLINE, deadline);
    SurveyRequests.open(execution, cohort, respondents, Vars.RESPONDENT_COUNT, Vars.RESPONDENT_IDS);
    for (String respondent : respondents) {
      context.notifications().send(respondent, Message.of(NotificationTopic.FINAL_SURVEY)
          .with(PROGRAMME, cohort.getProgramme().getId()).with(DEADLINE, deadline));
    }
  }
}
