package org.flipside.internal.delegate.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;

/** Starts the next batch of the final survey's respondents' process instances ({@link SurveyRequests}). */
public final class AskFinalRespondents implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    SurveyRequests.startNext(execution, Processes.FINAL_RESPONDENT, Vars.SURVEY_DEADLINE);
  }
}
