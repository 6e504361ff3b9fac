package org.flipside.internal.delegate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.api.ValidationException;

/** Typed reads of process variables, which arrive as the form validator converted them. */
public final class Variables {

  private Variables() {}

  /** A variable that must be set, as text. */
  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("process variable '" + name + "' is not set");
    }
    return value.toString();
  }

  /** A variable as text, or {@code null} when it is not set or blank. */
  public static String optionalString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** A whole number, or {@code null}. */
  public static Integer optionalInteger(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).intValue();
  }

  /** A whole number that a form field had to supply. */
  public static int requiredInteger(VariableScope scope, String name) {
    Integer value = optionalInteger(scope, name);
    if (value == null) {
      throw ValidationException.of(name, "is required");
    }
    return value;
  }

  /** A yes/no answer; unset counts as no. */
  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A date given as YYYY-MM-DD, or {@code null}. */
  public static LocalDate optionalDate(VariableScope scope, String name) {
    String value = optionalString(scope, name);
    return value == null ? null : LocalDate.parse(value);
  }

  /** A list of strings, empty when unset. */
  public static List<String> strings(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  /**
   * A list to store in a variable. Variables are stored as JSON under their runtime class, which
   * must be one Jackson can build again: an {@link ArrayList}, never an immutable list.
   */
  public static ArrayList<String> list(Collection<String> values) {
    return new ArrayList<>(values);
  }

  /** The options of a form's dynamic select or checklist, as the form reads them. */
  public static <T> ArrayList<Map<String, String>> options(
      Collection<T> items, Function<T, String> value, Function<T, String> label) {
    ArrayList<Map<String, String>> options = new ArrayList<>();
    for (T item : items) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("value", value.apply(item));
      option.put("label", label.apply(item));
      options.add(option);
    }
    return options;
  }

  /** An instant as the ISO-8601 text the BPMN timers read. */
  public static String timerDate(Instant instant) {
    return instant.toString();
  }
}
