package org.flipside.internal.delegate.workshops;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;

/** A mentee's pre-reading: the form shows the programme's reading list from Flipside's tables. */
public final class PreReadingAnswers implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public PreReadingAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.PRE_READING.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of(Vars.PRE_READING_TEXT.name(),
        PreReading.text(context.programme(variables.get(task.getId(), Vars.PROGRAMME_ID))));
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    return SteeringAnswers.except(values);
  }
}
