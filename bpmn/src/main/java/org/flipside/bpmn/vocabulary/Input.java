package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * A setting a process owner gives a building block where it is used: a {@code camunda:inputParameter}
 * on its task, which the step reads as a local variable. Element templates show it as a field.
 *
 * @param var the variable the input parameter sets
 * @param label the field's label in Modeler
 * @param description what to write there
 * @param field how the field takes its value
 * @param choices the values a {@link Field#CHOICE} field offers; empty otherwise
 * @since 1.0
 */
public record Input(Var<String> var, String label, String description, Field field, List<String> choices) {

  /** How a field takes its value. */
  public enum Field {
    /** One line of text. */
    LINE,
    /** Several lines of text. */
    TEXT,
    /** One of the {@link Input#choices()}. */
    CHOICE
  }

  static Input line(Var<String> var, String label, String description) {
    return new Input(var, label, description, Field.LINE, List.of());
  }

  static Input text(Var<String> var, String label, String description) {
    return new Input(var, label, description, Field.TEXT, List.of());
  }

  static Input choice(Var<String> var, String label, String description, List<String> choices) {
    return new Input(var, label, description, Field.CHOICE, List.copyOf(choices));
  }
}
