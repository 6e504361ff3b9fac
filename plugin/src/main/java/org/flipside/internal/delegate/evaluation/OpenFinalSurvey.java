package org.flipside.internal.delegate.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantStatus;

/**
 * Asks everyone who was paired in the cohort and is still taking part (not someone who left) for their feedback,
 * within a two-week window.
 */
public final class OpenFinalSurvey implements JavaDelegate {

  static final Duration SURVEY_WINDOW = Duration.ofDays(14);

  private final DelegateContext context;

  public OpenFinalSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    cohort.setStatus(CohortStatus.EVALUATING);
    EnumSet<PairingStatus> tookPart = EnumSet.of(PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED_EARLY);
    List<String> respondents = context.data().pairings().findByCohort(cohort.getId()).stream()
        .filter(pairing -> tookPart.contains(pairing.getStatus()))
        .flatMap(pairing -> Stream.of(pairing.getMentor(), pairing.getMentee()))
        .filter(participant -> participant.getStatus() != ParticipantStatus.WITHDRAWN)
        .map(Participant::getEmployeeId)
        .distinct()
        .sorted()
        .toList();
    Instant deadline = context.now().plus(SURVEY_WINDOW);
    execution.setVariable("respondentIds", Variables.list(respondents));
    execution.setVariable("surveyDeadline", Variables.timerDate(deadline));
    for (String respondent : respondents) {
      context.notifications().send(respondent, "final-survey", cohort.getProgramme().getName() + ": how did it go?",
          "Your answers are anonymous and reported only in groups. Please answer by " + deadline + ".");
    }
  }
}
