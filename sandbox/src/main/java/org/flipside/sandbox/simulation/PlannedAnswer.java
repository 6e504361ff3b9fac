package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a simulated employee will submit for a task, and when.
 *
 * @param at when they will submit it
 * @param actorId who submits it
 * @param formData the values, keyed as in the task's form
 * @param onSubmitted what the sandbox notes once Flipside accepted the submission
 */
record PlannedAnswer(Instant at, String actorId, Map<String, Object> formData, Runnable onSubmitted) {

  PlannedAnswer {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actorId, "actorId");
    formData = Map.copyOf(formData);
    Objects.requireNonNull(onSubmitted, "onSubmitted");
  }

  /** An answer that needs no note afterwards. */
  static PlannedAnswer of(Instant at, String actorId, Map<String, Object> formData) {
    return new PlannedAnswer(at, actorId, formData, () -> { });
  }
}
