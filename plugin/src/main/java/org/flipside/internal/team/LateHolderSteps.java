package org.flipside.internal.team;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Gives someone appointed to a post while its step for each holder is under way (a multi-instance user task over the
 * holders) a step of their own beside the others', as the engine would have had they been appointed in time: an
 * instance added to the running step, or, when the others' steps are all done but the step is still open (the
 * application window, for the campaign), the step started again within its stage for them alone.
 */
final class LateHolderSteps {

  private final RuntimeService runtime;
  private final RepositoryService repository;

  LateHolderSteps(RuntimeService runtime, RepositoryService repository) {
    this.runtime = runtime;
    this.repository = repository;
  }

  /**
   * Starts the form's step in the lifecycle for each of the holders.
   *
   * @param stillOpen whether the step is still open after every earlier holder's step has ended
   */
  void give(String lifecycle, String form, List<String> holders, boolean stillOpen) {
    if (holders.isEmpty()) {
      return;
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(lifecycle).singleResult();
    Optional<UserTask> step = repository.getBpmnModelInstance(instance.getProcessDefinitionId())
        .getModelElementsByType(UserTask.class).stream()
        .filter(task -> form.equals(task.getCamundaFormRef()))
        .filter(task -> task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics).findFirst();
    if (step.isEmpty()) {
      return;
    }
    ActivityInstance tree = runtime.getActivityInstance(lifecycle);
    String stepId = step.get().getId();
    Optional<ActivityInstance> under = first(tree.getActivityInstances(stepId + "#multiInstanceBody"));
    if (under.isEmpty() && stillOpen) {
      under = first(tree.getActivityInstances(((BaseElement) step.get().getParentElement()).getId()));
    }
    if (under.isEmpty()) {
      return;
    }
    String holderVariable = ((MultiInstanceLoopCharacteristics) step.get().getLoopCharacteristics())
        .getCamundaElementVariable();
    for (String holder : holders) {
      runtime.createProcessInstanceModification(lifecycle)
          .startBeforeActivity(stepId, under.get().getId()).setVariableLocal(holderVariable, holder)
          .execute();
    }
  }

  private static Optional<ActivityInstance> first(ActivityInstance[] instances) {
    return Arrays.stream(instances).findFirst();
  }
}
