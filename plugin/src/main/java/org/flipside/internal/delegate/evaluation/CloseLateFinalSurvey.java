package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.SurveyReleases;
import org.flipside.model.evaluation.Surveys;

/**
 * Closes a late pair's final survey. Once the cohort's evaluation has counted the rest, late answers join the cohort's
 * written answers, and a further release of its figures, only when at least the anonymity threshold of them wait
 * (so a release never differs from the one before by fewer people); until then they stay sealed. When the last late
 * pair is done, whatever is still held back is deleted unread and the cohort's survey secret destroyed. Before the
 * evaluation has counted, the answers simply wait to be written with everyone else's.
 */
public final class CloseLateFinalSurvey implements JavaDelegate {

  private final DelegateContext context;

  public CloseLateFinalSurvey(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    if (context.data().reports().findLatestByCohort(cohort.getId()).isEmpty()) {
      return;
    }
    int threshold = cohort.getProgramme().getAnonymityThreshold();
    Surveys surveys = new Surveys(context.data().entityManager(), context.surveyKey());
    SurveyReleases releases = new SurveyReleases(context.data().entityManager());
    for (SurveyKind kind : SurveyKind.values()) {
      surveys.writeWaiting(cohort, kind, threshold, context.now());
      releases.release(cohort, kind, threshold, context.now());
    }
    if (!LatePairs.running(context, cohort, execution, Variables.list(execution, Vars.LATE_RESPONDENT_IDS))) {
      surveys.closeDiscardingWaiting(cohort, context.now());
    }
  }
}
