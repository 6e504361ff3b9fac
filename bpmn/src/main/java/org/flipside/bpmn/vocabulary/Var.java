package org.flipside.bpmn.vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A process variable: the name diagrams, forms and code use for it, the type of its value and what
 * it means. Declared once, in {@link Vars}.
 *
 * @param <T> the type a step reads and writes
 * @since 1.0
 */
public final class Var<T> {

  /** How a value is held in the engine. */
  public enum Kind {
    /** Text. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** A number that may have a fraction, such as a matching weight. */
    DECIMAL,
    /** Yes or no. */
    FLAG,
    /** A day, held as ISO-8601 text such as {@code 2026-03-01}, as a form's date field gives it. */
    DAY,
    /** A moment, held as ISO-8601 text such as {@code 2026-03-01T09:00:00Z}, as timers read it. */
    MOMENT,
    /** A list of texts, usually employee or record ids. */
    TEXTS,
    /** A list of moments, each held as ISO-8601 text. */
    MOMENTS,
    /** The options of a form's dynamic select or checklist: a list of {@code value} and {@code label} pairs. */
    OPTIONS
  }

  private final String name;
  private final Kind kind;
  private final Class<T> type;
  private final String meaning;

  private Var(String name, Kind kind, Class<T> type, String meaning) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    this.meaning = Objects.requireNonNull(meaning, "meaning");
  }

  static Var<String> text(String name, String meaning) {
    return new Var<>(name, Kind.TEXT, String.class, meaning);
  }

  static Var<Integer> number(String name, String meaning) {
    return new Var<>(name, Kind.NUMBER, Integer.class, meaning);
  }

  static Var<Double> decimal(String name, String meaning) {
    return new Var<>(name, Kind.DECIMAL, Double.class, meaning);
  }

  static Var<Boolean> flag(String name, String meaning) {
    return new Var<>(name, Kind.FLAG, Boolean.class, meaning);
  }

  static Var<LocalDate> day(String name, String meaning) {
    return new Var<>(name, Kind.DAY, LocalDate.class, meaning);
  }

  static Var<Instant> moment(String name, String meaning) {
    return new Var<>(name, Kind.MOMENT, Instant.class, meaning);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Var<List<String>> texts(String name, String meaning) {
    return new Var<>(name, Kind.TEXTS, (Class) List.class, meaning);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Var<List<Instant>> moments(String name, String meaning) {
    return new Var<>(name, Kind.MOMENTS, (Class) List.class, meaning);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Var<List<Map<String, String>>> options(String name, String meaning) {
    return new Var<>(name, Kind.OPTIONS, (Class) List.class, meaning);
  }

  /** The variable's name, as diagrams, forms and code write it. */
  public String name() {
    return name;
  }

  /** How its value is held. */
  public Kind kind() {
    return kind;
  }

  /** The type a step reads and writes; a list's elements are given by {@link #kind()}. */
  public Class<T> type() {
    return type;
  }

  /** What the variable holds, in a sentence. */
  public String meaning() {
    return meaning;
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
