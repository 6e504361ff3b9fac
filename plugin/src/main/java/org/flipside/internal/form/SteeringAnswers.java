package org.flipside.internal.form;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Var;

/**
 * The handler of a form that asks only for values that steer the process, such as a process owner's own new form
 * (the validator lets a new form ask for nothing else): its answers go to the engine as they are, and it shows
 * nothing of Flipside's.
 */
public final class SteeringAnswers implements AnswerStore {

  @Override
  public boolean stores(FormDefinition form) {
    return true;
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of();
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    return new HashMap<>(values);
  }

  /** The answers that steer the process: all but the given fields, which a form's handler keeps itself. */
  public static Map<String, Object> except(Map<String, Object> values, Var<?>... kept) {
    Map<String, Object> steering = new HashMap<>(values);
    for (Var<?> field : kept) {
      steering.remove(field.name());
    }
    return steering;
  }
}
