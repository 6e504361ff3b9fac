package org.flipside.internal.delegate.recruitment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;

/**
 * The HR admin's review of the applications. The form lists the eligible applicants by name, read from Flipside's
 * tables as it is shown; the admin's note goes to the cohort, and the engine receives only the ids ruled out.
 */
public final class ApplicationReview implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public ApplicationReview(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.REVIEW_APPLICATIONS.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    List<Application> eligible = context.data().applications()
        .findByCohortAndStatus(cohort(task).getId(), ApplicationStatus.ELIGIBLE);
    return Map.of(Vars.APPLICATION_OPTIONS.name(), Variables.options(eligible, Application::getId, this::label));
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    Object note = values.get(Vars.NOTE.name());
    cohort(task).setApplicationsReviewNote(note == null || note.toString().isBlank() ? null : note.toString());
    return SteeringAnswers.except(values, Vars.NOTE);
  }

  private Cohort cohort(Task task) {
    return context.cohort(variables.get(task.getId(), Vars.COHORT_ID));
  }

  private String label(Application application) {
    return context.directory().nameOf(application.getEmployeeId())
        + " — " + application.getRole().name().toLowerCase()
        + ", band " + application.getBand() + ", " + application.getDepartment();
  }
}
