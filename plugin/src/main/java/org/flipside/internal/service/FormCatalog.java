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
 * The form of each task: the deployed one, and for a survey the deployed one extended with the
 * questions the programme's manager added to its template. Deployed forms never change, so each is
 * read and parsed once per process definition; the extension is made on every call, as questions
 * may be added while a programme runs.
 */
final class FormCatalog {

  private final FormService formService;
  private final SurveyForms surveys;
  private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

  FormCatalog(FormService formService, SurveyForms surveys) {
    this.formService = formService;
    this.surveys = surveys;
  }

  /**
   * The task's form; the task must come from a query with {@code initializeFormKeys()}.
   *
   * @param programmeId the task's programme, which decides a survey's added questions
   */
  FormDefinition formOf(Task task, String programmeId) {
    if (task.getCamundaFormRef() == null) {
      throw new IllegalStateException("task '" + task.getTaskDefinitionKey() + "' has no camunda:formRef");
    }
    String key = task.getProcessDefinitionId() + "/" + task.getCamundaFormRef().getKey();
    FormDefinition deployed = forms.computeIfAbsent(key, ignored -> read(task.getId()));
    return surveys.isSurvey(deployed) ? surveys.withAddedQuestions(deployed, programmeId) : deployed;
  }

  private FormDefinition read(String taskId) {
    try (InputStream json = formService.getDeployedTaskForm(taskId)) {
      return FormDefinition.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
