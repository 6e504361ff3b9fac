package org.flipside.sandbox.simulation;

import java.util.HashSet;
import java.util.Set;
import org.flipside.api.Actor;
import org.flipside.api.Concerns;

/**
 * Now and then a participant who has just logged a session also raises a workplace concern with
 * the EDI lead through Flipside's API; each participant raises at most one.
 */
final class ConcernRaiser {

  private static final double RAISES = 0.06;

  private final Concerns concerns;
  private final SimulationContext context;
  private final Set<String> raised = new HashSet<>();

  ConcernRaiser(Concerns concerns, SimulationContext context) {
    this.concerns = concerns;
    this.context = context;
  }

  /** Perhaps raises a concern as this participant; returns whether they did. */
  boolean perhapsRaise(String participantId, String programmeId) {
    if (raised.contains(participantId) || !context.dice.chance(RAISES, "concern", context.cohort(), participantId)) {
      return false;
    }
    raised.add(participantId);
    concerns.raise(Actor.of(participantId), programmeId,
        context.dice.pick(Phrases.CONCERNS, "concern-summary", participantId));
    context.tally.add(Tallied.CONCERNS_RAISED);
    return true;
  }
}
