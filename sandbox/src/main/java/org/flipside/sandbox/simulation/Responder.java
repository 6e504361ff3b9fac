package org.flipside.sandbox.simulation;

import java.util.Optional;
import java.util.Set;

/** How one kind of simulated employee answers the forms they are given. */
interface Responder {

  /** The ids of the forms this responder answers. */
  Set<String> formIds();

  /**
   * Decides what to do about a task just found.
   *
   * @param found the task and who sees it
   * @return the answer to submit later, or empty to leave the task open until Flipside's timer closes it
   */
  Optional<PlannedAnswer> respond(FoundTask found);
}
