package org.flipside.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One goal of a programme's gap analysis: where the organisation wants to be, by when, and the target that says it
 * got there.
 *
 * @param horizon short, medium or long term
 * @param goal the goal, in the programme manager's words
 * @param target the measurable target, or {@code null} when the goal has none
 * @since 1.1
 */
public record ScopeGoal(GoalHorizon horizon, String goal, @Nullable String target) {

  /** Checks the fields every goal has. */
  public ScopeGoal {
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(goal, "goal");
  }
}
