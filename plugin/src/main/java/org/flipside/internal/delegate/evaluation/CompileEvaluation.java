package org.flipside.internal.delegate.evaluation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.PairingStatus;
import org.flipside.model.SessionStatus;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.SurveyReleases;
import org.flipside.model.evaluation.Surveys;

/**
 * Closes the cohort's surveys for good, writing the answers still waiting and then destroying the secret behind their pseudonyms so no later answer can be
 * paired with an earlier one (while a rematched pair still runs, the secret is kept for its late answers and a late
 * pulse waits among enough others: {@link CloseLateFinalSurvey} closes them), releases their figures (the pulse's late answers only if at least the threshold of
 * them came), and starts the cohort's report with its participation figures. The survey figures
 * come later, from the pseudonymous store, when the report is compiled.
 */
public final class CompileEvaluation implements JavaDelegate {

  private final DelegateContext context;

  public CompileEvaluation(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    String cohortId = cohort.getId();
    Surveys surveys = new Surveys(context.data().entityManager(), context.surveyKey());
    if (LatePairs.running(context, cohort, execution, List.of())) {
      // a rematched pair still runs: everyone else's answers are written, the cohort's secret kept for the late ones
      surveys.writeWaiting(cohort, SurveyKind.BASELINE, 1, context.now());
      surveys.writeWaiting(cohort, SurveyKind.FINAL, 1, context.now());
      surveys.writeWaiting(cohort, SurveyKind.PULSE, cohort.getProgramme().getAnonymityThreshold(), context.now());
    } else {
      surveys.close(cohort, context.now());
    }
    SurveyReleases releases = new SurveyReleases(context.data().entityManager());
    for (SurveyKind kind : SurveyKind.values()) {
      releases.release(cohort, kind, cohort.getProgramme().getAnonymityThreshold(), context.now());
    }
    var pairings = context.data().pairings();
    var applications = context.data().applications();
    EvaluationReport report = new EvaluationReport(cohort, context.now());
    report.setApplications(applications.countByCohort(cohortId)
        - applications.countByCohortAndStatus(cohortId, ApplicationStatus.INELIGIBLE));
    report.setPairsCompleted(pairings.countByCohortAndStatus(cohortId, PairingStatus.COMPLETED));
    report.setPairsEndedEarly(pairings.countByCohortAndStatus(cohortId, PairingStatus.ENDED_EARLY));
    report.setPairs(pairings.countByCohortAndStatus(cohortId, PairingStatus.ACTIVE)
        + report.getPairsCompleted() + report.getPairsEndedEarly());
    report.setSessionsHeld(context.data().sessions().countByCohortAndStatus(cohortId, SessionStatus.HELD));
    report.setSessionsMissed(context.data().sessions().countByCohortAndStatus(cohortId, SessionStatus.MISSED));
    report.setSurveyResponses(releases.countReleased(cohortId));
    context.data().reports().save(report);
  }
}
