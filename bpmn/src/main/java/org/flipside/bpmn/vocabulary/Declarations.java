package org.flipside.bpmn.vocabulary;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Reads a vocabulary class's public constants of one type, in declaration order. */
final class Declarations {

  private Declarations() {}

  @SuppressWarnings("unchecked")
  static <T> List<T> of(Class<?> holder, Class<?> type) {
    return Arrays.stream(holder.getDeclaredFields())
        .filter(field -> Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()))
        .filter(field -> type.isAssignableFrom(field.getType()))
        .map(field -> (T) value(field))
        .toList();
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
