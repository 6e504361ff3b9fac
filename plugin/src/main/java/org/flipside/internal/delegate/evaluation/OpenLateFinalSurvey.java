package org.flipside.internal.delegate.evaluation;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantStatus;

/**
 * A rematched pair has finished. If its cohort's final survey has opened already, the pair's people (still taking
 * part, and in no other pair still running) are asked it now, for the same two weeks as everyone else was; if not,
 * the cohort's survey will ask them. The step's scope takes the pair's cohort, since the programme may have opened
 * its next cohort meanwhile.
 */
public final class OpenLateFinalSurvey implements JavaDelegate {

  private static final Set<CohortStatus> SURVEY_OPENED = Set.of(CohortStatus.EVALUATING, CohortStatus.COMPLETED);

  private final DelegateContext context;

  public OpenLateFinalSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.require(execution, Vars.LATE_PAIRING_ID));
    Cohort cohort = pairing.getCohort();
    List<String> respondents = SURVEY_OPENED.contains(cohort.getStatus())
        ? Stream.of(pairing.getMentor(), pairing.getMentee())
            .filter(person -> person.getStatus() != ParticipantStatus.WITHDRAWN)
            .map(Participant::getEmployeeId)
            .filter(employeeId -> SurveyRespondents.finished(context, cohort).contains(employeeId))
            .sorted()
            .toList()
        : List.of();
    Instant deadline = context.now().plus(OpenFinalSurvey.SURVEY_WINDOW);
    Variables.setLocal(execution, Vars.COHORT_ID, cohort.getId());
    Variables.setLocal(execution, Vars.LATE_RESPONDENT_IDS, respondents);
    Variables.setLocal(execution, Vars.LATE_SURVEY_DEADLINE, deadline);
    for (String respondent : respondents) {
      context.notifications().send(respondent, Message.of(NotificationTopic.FINAL_SURVEY)
          .with(NotificationParameter.PROGRAMME, cohort.getProgramme().getId())
          .with(NotificationParameter.DEADLINE, deadline));
    }
  }
}
