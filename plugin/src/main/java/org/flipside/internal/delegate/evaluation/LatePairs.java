package org.flipside.internal.delegate.evaluation;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Cohort;
import org.flipside.model.PairingStatus;

/**
 * Whether a cohort still has a rematched pair running, or a late final survey open: the cohort's survey secret must
 * live until they are done.
 */
final class LatePairs {

  /** The step of the lifecycle where a late pair answers its final survey. */
  static final String LATE_SURVEY_STEP = "AnswerLateFinalSurvey";

  private LatePairs() {
  }

  /**
   * @param ownRespondents the people whose late survey is closing now: their tasks, ended in this very transaction,
   *     are still in the engine's tables until it commits
   */
  static boolean running(DelegateContext context, Cohort cohort, DelegateExecution execution,
      Collection<String> ownRespondents) {
    return context.data().pairings().countByCohortAndStatus(cohort.getId(), PairingStatus.ACTIVE) > 0
        || execution.getProcessEngineServices().getTaskService().createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(LATE_SURVEY_STEP).list().stream()
            .anyMatch(task -> !ownRespondents.contains(task.getAssignee()));
  }
}
