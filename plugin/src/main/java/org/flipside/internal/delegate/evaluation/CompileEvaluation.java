package org.flipside.internal.delegate.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.PairingStatus;
import org.flipside.model.SessionStatus;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/**
 * Compiles the cohort's evaluation: participation figures and the average of each survey measure,
 * which is left out when fewer people answered than the programme's anonymity threshold.
 */
public final class CompileEvaluation implements JavaDelegate {

  private final DelegateContext context;

  public CompileEvaluation(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    String cohortId = cohort.getId();
    List<SurveyResponse> responses = context.data().surveys().findByCohortAndKind(cohortId, SurveyKind.FINAL);
    boolean anonymous = responses.size() >= cohort.getProgramme().getAnonymityThreshold();
    var pairings = context.data().pairings();
    long pairs = pairings.countByCohortAndStatus(cohortId, PairingStatus.ACTIVE)
        + pairings.countByCohortAndStatus(cohortId, PairingStatus.COMPLETED)
        + pairings.countByCohortAndStatus(cohortId, PairingStatus.ENDED_EARLY);

    EvaluationReport report = new EvaluationReport(cohort, context.now());
    report.setApplications(context.data().applications().countByCohort(cohortId)
        - context.data().applications().countByCohortAndStatus(cohortId, ApplicationStatus.INELIGIBLE));
    report.setPairs(pairs);
    report.setPairsCompleted(pairings.countByCohortAndStatus(cohortId, PairingStatus.COMPLETED));
    report.setPairsEndedEarly(pairings.countByCohortAndStatus(cohortId, PairingStatus.ENDED_EARLY));
    report.setSessionsHeld(context.data().sessions().countByCohortAndStatus(cohortId, SessionStatus.HELD));
    report.setSessionsMissed(context.data().sessions().countByCohortAndStatus(cohortId, SessionStatus.MISSED));
    report.setSurveyResponses(responses.size());
    if (anonymous) {
      report.setAverageConfidenceTalking(average(responses, SurveyResponse::getConfidenceTalking));
      report.setAverageUnderstandingIssues(average(responses, SurveyResponse::getUnderstandingIssues));
      report.setAverageConfidenceAsking(average(responses, SurveyResponse::getConfidenceAsking));
      report.setAverageConfidenceSharing(average(responses, SurveyResponse::getConfidenceSharing));
    }
    report.setHeadline(headline(report, anonymous, cohort.getProgramme().getAnonymityThreshold()));
    context.data().reports().save(report);
    execution.setVariable("evaluationHeadline", report.getHeadline());
  }

  private static Double average(List<SurveyResponse> responses, Function<SurveyResponse, Integer> measure) {
    OptionalDouble average = responses.stream().map(measure).filter(value -> value != null)
        .mapToInt(Integer::intValue).average();
    return average.isPresent() ? average.getAsDouble() : null;
  }

  private static String headline(EvaluationReport report, boolean anonymous, int threshold) {
    String figures = String.format(Locale.ROOT, "%d pairs (%d completed, %d ended early), %d sessions held, %d missed, %d survey responses",
        report.getPairs(), report.getPairsCompleted(), report.getPairsEndedEarly(),
        report.getSessionsHeld(), report.getSessionsMissed(), report.getSurveyResponses());
    if (!anonymous) {
      return figures + "; too few responses (under " + threshold + ") to report the measures anonymously.";
    }
    return figures + String.format(Locale.ROOT,
        "; average out of 5: confidence talking %.1f, understanding of issues %.1f, confidence asking %.1f, confidence sharing %.1f.",
        orZero(report.getAverageConfidenceTalking()), orZero(report.getAverageUnderstandingIssues()),
        orZero(report.getAverageConfidenceAsking()), orZero(report.getAverageConfidenceSharing()));
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
