package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One goal of a programme's gap analysis: what the organisation wants to reach, by when, and the target that says
 * it got there. Written at scoping and kept in Flipside's tables only.
 */
@Embeddable
public class ScopingGoal {

  /** The longest goal or target kept. */
  public static final int MAX_LENGTH = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "horizon", nullable = false)
  private GoalHorizon horizon;

  @Column(name = "goal", nullable = false, length = MAX_LENGTH)
  private String goal;

  @Column(name = "target", length = MAX_LENGTH)
  private String target;

  protected ScopingGoal() {
  }

  /** A goal for the horizon, with its target or {@code null} for none. */
  public ScopingGoal(GoalHorizon horizon, String goal, String target) {
    this.horizon = Objects.requireNonNull(horizon, "horizon");
    this.goal = Objects.requireNonNull(goal, "goal");
    this.target = target;
  }

  public GoalHorizon getHorizon() {
    return horizon;
  }

  public String getGoal() {
    return goal;
  }

  /** The target, or {@code null} when the goal has none. */
  public String getTarget() {
    return target;
  }
}
