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
import org.flipside.bpmn.vocabulary.Var;

/**
 * Typed reads and writes of the process variables the vocabulary declares. Values arrive as the form validator
 * converted them; days and moments are held as ISO-8601 text, which the BPMN timers read, and lists as
 * {@link ArrayList}s, which the engine can store as JSON and build again.
 */
public final class Variables {

  private Variables() {}

  /** A variable that must be set. */
  public static <T> T require(VariableScope scope, Var<T> var) {
    Object value = scope.getVariable(var.name());
    if (value == null) {
      throw new IllegalStateException("process variable '" + var.name() + "' is not set");
    }
    return read(var, value);
  }

  /** A form's answer that must be given. */
  public static <T> T answer(VariableScope scope, Var<T> var) {
    T value = optional(scope, var);
    if (value == null) {
      throw ValidationException.of(var.name(), "is required");
    }
    return value;
  }

  /** A variable, or {@code null} when it is not set or is blank text. */
  public static <T> T optional(VariableScope scope, Var<T> var) {
    Object value = scope.getVariable(var.name());
    return value == null || value instanceof String text && text.isBlank() ? null : read(var, value);
  }

  /** A yes/no answer; unset counts as no. */
  public static boolean flag(VariableScope scope, Var<Boolean> var) {
    return Boolean.TRUE.equals(scope.getVariable(var.name()));
  }

  /** A list, empty when unset. */
  public static <T> List<T> list(VariableScope scope, Var<List<T>> var) {
    List<T> value = optional(scope, var);
    return value == null ? List.of() : value;
  }

  /** Sets the variable on the scope, as the engine holds it. */
  public static <T> void set(VariableScope scope, Var<T> var, T value) {
    scope.setVariable(var.name(), stored(var, value));
  }

  /** Sets the variable on the scope itself, shadowing one of the same name further out, as the engine holds it. */
  public static <T> void setLocal(VariableScope scope, Var<T> var, T value) {
    scope.setVariableLocal(var.name(), stored(var, value));
  }

  /** The value as the engine holds it, for a variable handed to the engine other than through a scope. */
  public static <T> Object stored(Var<T> var, T value) {
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Collection<?> values) {
      return new ArrayList<>(values.stream().map(element -> element instanceof Instant ? element.toString() : element)
          .toList());
    }
    return value;
  }

  /** No variables yet: {@link Values#with} adds them, to start a process or correlate a message with. */
  public static Values values() {
    return new Values();
  }

  /** Variables by name, each held as the engine holds it. */
  public static final class Values extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    private Values() {}

    /** Adds the variable. */
    public <T> Values with(Var<T> var, T value) {
      put(var.name(), stored(var, value));
      return this;
    }
  }

  /** The options of a form's dynamic select or checklist, as the form reads them. */
  public static <T> List<Map<String, String>> options(
      Collection<T> items, Function<T, String> value, Function<T, String> label) {
    List<Map<String, String>> options = new ArrayList<>();
    for (T item : items) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("value", value.apply(item));
      option.put("label", label.apply(item));
      options.add(option);
    }
    return options;
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Var<T> var, Object value) {
    return (T) switch (var.kind()) {
      case TEXT -> value.toString();
      case NUMBER -> ((Number) value).intValue();
      case DECIMAL -> ((Number) value).doubleValue();
      case FLAG -> Boolean.TRUE.equals(value);
      case DAY -> LocalDate.parse(value.toString());
      case MOMENT -> Instant.parse(value.toString());
      case TEXTS -> ((List<?>) value).stream().map(String::valueOf).toList();
      case MOMENTS -> ((List<?>) value).stream().map(String::valueOf).map(Instant::parse).toList();
      case OPTIONS -> value;
    };
  }
}
