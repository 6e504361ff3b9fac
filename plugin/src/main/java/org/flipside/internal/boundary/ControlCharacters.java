package org.flipside.internal.boundary;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;

/**
 * Refuses text that carries control characters (NUL and the like) in any argument of an API call, naming
 * the field, before anything is written: PostgreSQL cannot store NUL at all, H2 stores it silently, and
 * neither belongs in what people typed. Tab and line breaks are text; a form's single-line fields refuse
 * line breaks themselves.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** Throws naming every field whose text holds a control character. */
  static void refuseIn(Method method, Object[] arguments) {
    if (arguments == null) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < arguments.length; i++) {
      check(parameters[i].getName(), arguments[i], errors);
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static void check(String field, Object value, List<FieldError> errors) {
    if (value instanceof String text) {
      if (hasControlCharacter(text)) {
        errors.add(new FieldError(field, "must not contain control characters such as NUL"));
      }
    } else if (value instanceof Map<?, ?> map) {
      // a form's answers: each is named by its key, as the form names it
      map.forEach((key, answer) -> {
        check(field, key, errors);
        check(String.valueOf(key), answer, errors);
      });
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> check(field, item, errors));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        check(component.getName(), read(component, record), errors);
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of an API record", e);
    }
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
  }
}
