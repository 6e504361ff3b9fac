package org.flipside.internal.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The id of a task's form, as its user task's {@code camunda:formRef} names it, from the deployed diagram: a
 * deployed process definition never changes, so each user task's is read once. A form named by an expression is
 * the engine's to evaluate for the task itself.
 */
final class TaskFormIds {

  private final RepositoryService repository;
  private final TaskService tasks;
  private final Map<String, Optional<String>> named = new ConcurrentHashMap<>();

  TaskFormIds(RepositoryService repository, TaskService tasks) {
    this.repository = repository;
    this.tasks = tasks;
  }

  /**
   * The form's id; none when its form is named by an expression and the task ended meanwhile.
   *
   * @throws IllegalStateException when the user task names no form
   */
  Optional<String> of(String processDefinitionId, String taskDefinitionKey, String taskId) {
    Optional<String> formRef = named.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey,
        ignored -> Optional.ofNullable(repository.getBpmnModelInstance(processDefinitionId)
            .<UserTask>getModelElementById(taskDefinitionKey).getCamundaFormRef()));
    if (formRef.isEmpty()) {
      throw new IllegalStateException("task '" + taskDefinitionKey + "' has no camunda:formRef");
    }
    if (!isExpression(formRef.get())) {
      return formRef;
    }
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    return Optional.ofNullable(task).map(FormCatalog::formIdOf);
  }

  private static boolean isExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }
}
