package org.flipside.internal.delegate.evaluation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;

/**
 * Asks each respondent a survey in a small process instance of their own, with the programme's id as its business
 * key: answering one then loads that survey alone, not an execution tree shared with every other respondent. The
 * cohort counts them open, so that the last one closed tells the lifecycle it need not wait for the window.
 */
final class SurveyRequests {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SurveyRequests() {
  }

  /** Starts one instance of the survey's process for each respondent, in the step's transaction. */
  static void start(DelegateExecution execution, Cohort cohort, String processKey, List<String> respondents,
      Var<Instant> deadlineVariable, Instant deadline) {
    cohort.openInvitations(respondents.size());
    String programmeId = cohort.getProgramme().getId();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    // in no particular order: the order the instances were written in says nothing of whose each one is
    List<String> shuffled = new ArrayList<>(respondents);
    Collections.shuffle(shuffled, RANDOM);
    for (String respondent : shuffled) {
      runtime.startProcessInstanceByKey(processKey, programmeId, Variables.values()
          .with(Vars.PROGRAMME_ID, programmeId)
          .with(Vars.COHORT_ID, cohort.getId())
          .with(Vars.RESPONDENT_ID, respondent)
          .with(deadlineVariable, deadline));
    }
  }
}
