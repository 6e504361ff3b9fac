package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
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

  /** Plans an answer, a second later when another answer already has its instant. */
  void plan(String taskId, String formId, PlannedAnswer answer) {
    Instant at = answer.at();
    while (!taken.add(at)) {
      at = at.plusSeconds(1);
    }
    entries.add(new Entry(taskId, formId,
        new PlannedAnswer(at, answer.actorId(), answer.formData(), answer.onSubmitted())));
  }

  /** The earliest answer, if any, without taking it. */
  Optional<Entry> next() {
    return Optional.ofNullable(entries.peek());
  }

  /** Takes the earliest answer. */
  Entry take() {
    return entries.remove();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }
}
