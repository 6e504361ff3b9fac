package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The simulated employees' answers waiting for their time, earliest first. No two answers share an
 * instant: Flipside orders applications by when they arrived, and ties there would be broken by
 * random ids.
 */
final class Agenda {

  /** An answer to one task, due at its time. */
  record Entry(String taskId, String formId, PlannedAnswer answer) {
    Instant at() {
      return answer.at();
    }
  }

  private final PriorityQueue<Entry> entries = new PriorityQueue<>(Comparator.comparing(Entry::at));
  private final Set<Instant> taken = new HashSet<>();
  private final Map<String, Integer> plannedPerForm = new HashMap<>();

  /** Plans an answer, a second later when another answer already has its instant. */
  void plan(String taskId, String formId, PlannedAnswer answer) {
    Instant at = answer.at();
    while (!taken.add(at)) {
      at = at.plusSeconds(1);
    }
    entries.add(new Entry(taskId, formId,
        new PlannedAnswer(at, answer.actorId(), answer.formData(), answer.onSubmitted())));
    plannedPerForm.merge(formId, 1, Integer::sum);
  }

  /** Whether an answer to a task with this form is still planned. */
  boolean plans(String formId) {
    return plannedPerForm.getOrDefault(formId, 0) > 0;
  }

  /** The earliest answer, if any, without taking it. */
  Optional<Entry> next() {
    return Optional.ofNullable(entries.peek());
  }

  /** Takes the earliest answer. */
  Entry take() {
    Entry entry = entries.remove();
    plannedPerForm.merge(entry.formId(), -1, Integer::sum);
    return entry;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }
}
