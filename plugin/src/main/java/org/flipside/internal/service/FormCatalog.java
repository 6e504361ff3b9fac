package org.flipside.internal.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.task.Task;
import org.flipside.internal.engine.TaskForms;
import org.flipside.internal.form.FormDefinition;

/**
 * The form of each task: the deployed one, and for a survey the deployed one extended with the
 * questions the programme's manager added to its template. Deployed forms never change, so each is
 * read and parsed once per process definition; the extension is made on every call, as questions
 * may be added while a programme runs.
 */
final class FormCatalog {

  private final TaskForms taskForms;
  private final SurveyForms surveys;
  private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

  FormCatalog(TaskForms taskForms, SurveyForms surveys) {
    this.taskForms = taskForms;
    this.surveys = surveys;
  }

  /**
   * The task's form; the task must come from a query with {@code initializeFormKeys()}.
   *
   * @param programmeId the task's programme, which decides a survey's added questions
   * @return the form, or none when the task was completed or ended elsewhere before its form was first read
   */
  Optional<FormDefinition> formOf(Task task, String programmeId) {
    String key = task.getProcessDefinitionId() + "/" + formIdOf(task);
    FormDefinition deployed = forms.get(key);
    if (deployed == null) {
      Optional<String> json = taskForms.json(task.getId());
      if (json.isEmpty()) {
        return Optional.empty();
      }
      deployed = forms.computeIfAbsent(key, ignored -> FormDefinition.parse(json.get()));
    }
    return Optional.of(surveys.isSurvey(deployed) ? surveys.withAddedQuestions(deployed, programmeId) : deployed);
  }

  /** The id of the task's form, as its {@code camunda:formRef} names it, without reading the form. */
  static String formIdOf(Task task) {
    if (task.getCamundaFormRef() == null) {
      throw new IllegalStateException("task '" + task.getTaskDefinitionKey() + "' has no camunda:formRef");
    }
    return task.getCamundaFormRef().getKey();
  }
}
