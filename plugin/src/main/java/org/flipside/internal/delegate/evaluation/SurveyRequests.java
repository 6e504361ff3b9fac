package org.flipside.internal.delegate.evaluation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.InstanceBatches;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.validation.DiagramReads;
import org.flipside.model.Cohort;

/**
 * Asks each respondent a survey in a small process instance of their own, with the programme's id as its business
 * key: answering one then loads that survey alone, not an execution tree shared with every other respondent. The
 * instances start a batch at a time ({@link InstanceBatches}), each batch in a transaction of its own; the lifecycle
 * holds how many are asked, and who only until every one has their survey. The cohort counts them all open before
 * the first starts, so that the last one closed, and no earlier one, tells the lifecycle it need not wait for the
 * window.
 */
final class SurveyRequests {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SurveyRequests() {
  }

  /**
   * Counts the respondents open on the cohort and on the lifecycle, and leaves them for {@link #startNext}. The list
   * the lifecycle once held is set only where its diagram still reads it (one drawn against the vocabulary's 1.0).
   */
  static void open(DelegateExecution execution, Cohort cohort, List<String> respondents, Var<Integer> count,
      Var<List<String>> deprecatedList) {
    cohort.openInvitations(respondents.size());
    Variables.set(execution, count, respondents.size());
    Variables.set(execution, Vars.RESPONDENTS_TO_ASK, respondents);
    Variables.set(execution, Vars.SURVEYS_STARTED, 0);
    if (DiagramReads.variable(Bpmn.convertToString(execution.getBpmnModelInstance()), deprecatedList.name())) {
      Variables.set(execution, deprecatedList, respondents);
    }
  }

  /**
   * Starts the next batch of the respondents' surveys; once everyone has theirs, the lifecycle no longer holds who
   * they are.
   */
  static void startNext(DelegateExecution execution, String processKey, Var<Instant> deadlineVariable) {
    String programmeId = Variables.require(execution, Vars.PROGRAMME_ID);
    String cohortId = Variables.require(execution, Vars.COHORT_ID);
    Instant deadline = Variables.require(execution, deadlineVariable);
    List<String> respondents = Variables.list(execution, Vars.RESPONDENTS_TO_ASK);
    int started = InstanceBatches.startNext(execution, processKey, programmeId, respondents,
        Variables.require(execution, Vars.SURVEYS_STARTED), SurveyRequests::shuffled, respondent -> Variables.values()
            .with(Vars.PROGRAMME_ID, programmeId)
            .with(Vars.COHORT_ID, cohortId)
            .with(Vars.RESPONDENT_ID, respondent)
            .with(deadlineVariable, deadline));
    Variables.set(execution, Vars.SURVEYS_STARTED, started);
    if (started == respondents.size()) {
      execution.removeVariable(Vars.RESPONDENTS_TO_ASK.name());
    }
  }

  /** In no particular order: the order a batch's instances were written in says nothing of whose each one is. */
  private static List<String> shuffled(List<String> batch) {
    List<String> shuffled = new ArrayList<>(batch);
    Collections.shuffle(shuffled, RANDOM);
    return shuffled;
  }
}
