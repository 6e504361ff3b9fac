package org.flipside.internal.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;

/**
 * Checks a submission against its form before anything is written, and converts each value to the
 * type the processes expect (numbers to {@code Long} or {@code Double}, checkboxes to {@code
 * Boolean}, checklists and tag lists to lists of strings). A field the form hides by its {@code conditional.hide}
 * expression is treated as form-js treats it: not required, and not kept.
 */
public final class FormValidator {

  /** Text longer than this is refused even when the form sets no limit: it must fit a column. */
  static final int DEFAULT_MAX_TEXT = 4000;

  /** A number is held to this magnitude even when the form sets no limit: it must fit a whole-number column. */
  static final double DEFAULT_MAX_MAGNITUDE = 1_000_000_000d;

  /** Dates outside these are typing mistakes in a mentoring programme, and would break date arithmetic. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

  /**
   * Validates a submission.
   *
   * @param form the task's form
   * @param submitted what the host sent
   * @param taskData the task's current data, which holds dynamic option lists
   * @return the converted values, keyed as in the form
   * @throws ValidationException naming every bad field
   */
  public Map<String, Object> validate(
      FormDefinition form, Map<String, Object> submitted, Map<String, Object> taskData) {
    List<FieldError> errors = new ArrayList<>();
    for (String key : submitted.keySet()) {
      if (!form.fields().containsKey(key)) {
        errors.add(new FieldError(key, "is not a field of the form " + form.id()));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, FieldError> problems = new LinkedHashMap<>();
    for (FormField field : form.fields().values()) {
      Object raw = submitted.get(field.key());
      if (isEmpty(raw)) {
        if (field.required()) {
          problems.put(field.key(), new FieldError(field.key(), "is required (" + field.label() + ")"));
        }
        if (submitted.containsKey(field.key())) {
          values.put(field.key(), emptyValue(field));
        }
        continue;
      }
      try {
        values.put(field.key(), convert(field, raw, allowedValues(field, taskData)));
      } catch (InvalidValue invalid) {
        problems.put(field.key(), new FieldError(field.key(), invalid.getMessage()));
      }
    }
    // a field the form hides, as form-js decides it from the same data and answers, is neither required nor kept
    Map<String, Object> seen = seenBy(form, values, taskData);
    for (FormField field : form.fields().values()) {
      if (HideConditions.hidden(field, seen)) {
        problems.remove(field.key());
        values.remove(field.key());
      }
    }
    errors.addAll(problems.values());
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return values;
  }

  /** What the form's conditions read: the task's data, overlaid with the answers (a missing or bad one is null). */
  private static Map<String, Object> seenBy(
      FormDefinition form, Map<String, Object> values, Map<String, Object> taskData) {
    Map<String, Object> seen = new HashMap<>(taskData);
    form.fields().keySet().forEach(key -> seen.put(key, values.get(key)));
    return seen;
  }

  private static boolean isEmpty(Object raw) {
    return raw == null
        || (raw instanceof String text && text.isBlank())
        || (raw instanceof Collection<?> list && list.isEmpty());
  }

  private static Object emptyValue(FormField field) {
    return switch (field.type()) {
      case "checkbox" -> Boolean.FALSE;
      case "checklist", "taglist" -> new ArrayList<String>();
      default -> null;
    };
  }

  private static Object convert(FormField field, Object raw, Map<String, Object> offered) {
    return switch (field.type()) {
      case "number" -> number(field, raw);
      case "checkbox" -> bool(raw);
      case "checklist", "taglist" -> checklist(raw, offered.keySet());
      case "select", "radio" -> choice(raw, offered);
      case "datetime" -> date(raw);
      default -> text(field, raw);
    };
  }

  /** The values the field offers, by their text: a number offered (a band, say) is chosen as that number. */
  private static Map<String, Object> allowedValues(FormField field, Map<String, Object> taskData) {
    Map<String, Object> offered = new HashMap<>();
    if (field.valuesKey() == null) {
      field.options().forEach(option -> offered.put(option, option));
      return offered;
    }
    if (taskData.get(field.valuesKey()) instanceof Collection<?> list) {
      list.stream()
          .map(option -> option instanceof Map<?, ?> map ? map.get("value") : option)
          .map(value -> value instanceof Number number ? (Object) number.longValue() : String.valueOf(value))
          .forEach(value -> offered.put(String.valueOf(value), value));
    }
    return offered;
  }

  private static Number number(FormField field, Object raw) {
    double value;
    if (raw instanceof Number number) {
      value = number.doubleValue();
    } else {
      try {
        value = Double.parseDouble(raw.toString().trim());
      } catch (NumberFormatException e) {
        throw new InvalidValue("must be a number, not '" + raw + "'");
      }
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new InvalidValue("must be a finite number");
    }
    if (field.decimalDigits() != null && field.decimalDigits() == 0 && value != Math.rint(value)) {
      throw new InvalidValue("must be a whole number, not " + value);
    }
    if (field.min() != null && value < field.min()) {
      throw new InvalidValue("must be at least " + plain(field.min()) + ", not " + plain(value));
    }
    if (field.max() != null && value > field.max()) {
      throw new InvalidValue("must be at most " + plain(field.max()) + ", not " + plain(value));
    }
    if (Math.abs(value) > DEFAULT_MAX_MAGNITUDE) {
      throw new InvalidValue("must be between " + plain(-DEFAULT_MAX_MAGNITUDE) + " and "
          + plain(DEFAULT_MAX_MAGNITUDE) + ", not " + plain(value));
    }
    return value == Math.rint(value) ? (Number) (long) value : (Number) value;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean value) {
      return value;
    }
    return switch (raw.toString().trim().toLowerCase()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidValue("must be true or false, not '" + raw + "'");
    };
  }

  private static List<String> checklist(Object raw, Set<String> allowed) {
    if (!(raw instanceof Collection<?> chosen)) {
      throw new InvalidValue("must be a list of options");
    }
    List<String> values = new ArrayList<>(chosen.stream().map(String::valueOf).distinct().toList());
    List<String> unknown = values.stream().filter(value -> !allowed.contains(value)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidValue("has options that are not offered: " + String.join(", ", unknown));
    }
    return values;
  }

  private static Object choice(Object raw, Map<String, Object> offered) {
    String value = raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        ? Long.toString(number.longValue()) : raw.toString();
    if (!offered.containsKey(value)) {
      throw new InvalidValue("must be one of " + offered.values().stream()
          .sorted(Comparator.comparing((Object option) -> option instanceof Long ? 0 : 1)
              .thenComparing(option -> option instanceof Long number ? number : 0L)
              .thenComparing(String::valueOf))
          .map(String::valueOf).collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }
    return offered.get(value);
  }

  private static String date(Object raw) {
    LocalDate date;
    try {
      date = LocalDate.parse(raw.toString().trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValue("must be a date as YYYY-MM-DD, not '" + raw + "'");
    }
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new InvalidValue("must be between " + EARLIEST_DATE + " and " + LATEST_DATE + ", not " + date);
    }
    return date.toString();
  }

  private static String text(FormField field, Object raw) {
    if (!(raw instanceof String value)) {
      throw new InvalidValue("must be text");
    }
    String text = value.strip();
    if (!"textarea".equals(field.type()) && text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
      throw new InvalidValue("must be a single line");
    }
    int maxLength = field.maxLength() != null ? field.maxLength() : DEFAULT_MAX_TEXT;
    if (text.length() > maxLength) {
      throw new InvalidValue("must be at most " + maxLength + " characters, not " + text.length());
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      throw new InvalidValue("must be at least " + field.minLength() + " characters");
    }
    return text;
  }

  /** One field's problem, collected into the {@link ValidationException}. */
  private static final class InvalidValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidValue(String problem) {
      super(problem, null, false, false);
    }
  }
}
