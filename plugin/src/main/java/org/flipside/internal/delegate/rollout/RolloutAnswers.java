package org.flipside.internal.delegate.rollout;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.BandOptions;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;

/**
 * The sponsor's rollout decision. The form shows the evaluation report's headline from Flipside's tables and the
 * directory's bands by name; the
 * sponsor's reasons go to the programme, and the engine receives the decision and the choices that steer the next
 * cohort.
 */
public final class RolloutAnswers implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public RolloutAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.ROLLOUT_DECISION.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.BAND_OPTIONS.name(), BandOptions.of(context.directory()));
    context.data().reports().findLatestByCohort(cohort(task).getId())
        .map(EvaluationReport::getHeadline).filter(headline -> headline != null)
        .ifPresent(headline -> shown.put(Vars.EVALUATION_HEADLINE.name(), headline));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    // the form requires the reasons
    cohort(task).getProgramme().setRolloutRationale((String) values.get(Vars.RATIONALE.name()));
    return SteeringAnswers.except(values, Vars.RATIONALE);
  }

  private Cohort cohort(Task task) {
    return context.cohort(variables.get(task.getId(), Vars.COHORT_ID));
  }
}
