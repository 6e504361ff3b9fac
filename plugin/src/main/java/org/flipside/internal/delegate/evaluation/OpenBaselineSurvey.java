package org.flipside.internal.delegate.evaluation;

import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/**
 * Asks everyone just matched the survey once before their first session, each in a process instance of their own
 * that {@link AskBaselineRespondents} starts ({@link SurveyRequests}). The window closes when sessions start, or a week from now when the scoped start is
 * nearer, so everyone has time to answer.
 */
@SuppressWarnings("deprecation") // the list a lifecycle drawn against 1.0 reads
public final class OpenBaselineSurvey implements JavaDelegate {

  static final Duration SHORTEST_WINDOW = Duration.ofDays(7);

  private final DelegateContext context;

  public OpenBaselineSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    List<String> respondents = SurveyRespondents.of(context, cohort);
    Instant deadline = deadline(programme);
    Variables.set(execution, Vars.BASELINE_DEADLINE, deadline);
    SurveyRequests.open(execution, cohort, respondents, Vars.BASELINE_RESPONDENT_COUNT, Vars.BASELINE_RESPONDENT_IDS);
    for (String respondent : respondents) {
      context.notifications().send(respondent, Message.of(NotificationTopic.BASELINE_SURVEY)
          .with(PROGRAMME, programme.getId()).with(DEADLINE, deadline));
    }
  }

  private Instant deadline(Programme programme) {
    Instant earliest = context.now().plus(SHORTEST_WINDOW);
    if (programme.getSessionsStart() == null) {
      return earliest;
    }
    Instant sessionsStart = programme.getSessionsStart().atStartOfDay(ZoneOffset.UTC).toInstant();
    return sessionsStart.isBefore(earliest) ? earliest : sessionsStart;
  }
}
