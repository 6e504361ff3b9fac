package org.flipside.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.internal.form.FormDefinition;

/**
 * The deployed form of each task. Deployed forms never change, so each is read and parsed once per
 * process definition.
 */
final class FormCatalog {

  private final FormService formService;
  private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

  FormCatalog(FormService formService) {
    this.formService = formService;
  }

  /** The task's form; the task must come from a query with {@code initializeFormKeys()}. */
  FormDefinition formOf(Task task) {
    if (task.getCamundaFormRef() == null) {
      throw new IllegalStateException("task '" + task.getTaskDefinitionKey() + "' has no camunda:formRef");
    }
    String key = task.getProcessDefinitionId() + "/" + task.getCamundaFormRef().getKey();
    return forms.computeIfAbsent(key, ignored -> read(task.getId()));
  }

  private FormDefinition read(String taskId) {
    try (InputStream json = formService.getDeployedTaskForm(taskId)) {
      return FormDefinition.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
