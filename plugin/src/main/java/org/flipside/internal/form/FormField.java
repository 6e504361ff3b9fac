package org.flipside.internal.form;

import java.util.List;

/**
 * One input of a Camunda Form, reduced to what validation needs.
 *
 * @param key the variable the field writes
 * @param type the form-js component type, such as {@code number} or {@code checklist}
 * @param label the label the employee sees, for error messages
 * @param required whether a value must be given
 * @param min the smallest number allowed, or {@code null}
 * @param max the largest number allowed, or {@code null}
 * @param minLength the shortest text allowed, or {@code null}
 * @param maxLength the longest text allowed, or {@code null}
 * @param decimalDigits how many decimals a number may have, or {@code null} for any
 * @param options the allowed values of a select, radio or checklist with static values
 * @param valuesKey the data key holding the allowed values, or {@code null}
 * @param hideWhen the form-js {@code conditional.hide} FEEL expressions of the field and of the groups around it;
 *     the field is hidden, neither required nor kept, when any of them is true
 */
public record FormField(
    String key,
    String type,
    String label,
    boolean required,
    Double min,
    Double max,
    Integer minLength,
    Integer maxLength,
    Integer decimalDigits,
    List<String> options,
    String valuesKey,
    List<String> hideWhen) {

  /** Whether the allowed values are a fixed or dynamic list. */
  public boolean hasOptions() {
    return valuesKey != null || !options.isEmpty();
  }
}
