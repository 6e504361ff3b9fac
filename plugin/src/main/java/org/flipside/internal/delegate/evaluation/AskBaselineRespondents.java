package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;

/** Starts the next batch of the baseline survey's respondents' process instances ({@link SurveyRequests}). */
public final class AskBaselineRespondents implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    SurveyRequests.startNext(execution, Processes.BASELINE_RESPONDENT, Vars.BASELINE_DEADLINE);
  }
}
