package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * Someone who took part in the pilot, asked to be an ambassador when the programme expands: most accept within a
 * few days, some decline, a few let the invitation close unanswered.
 */
final class PilotAmbassador implements Responder {

  private static final double ACCEPTS = 0.6;
  private static final double DECLINES = 0.3;

  private final SimulationContext context;

  PilotAmbassador(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.AMBASSADOR_INVITATION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String invitee = found.firstViewer();
    Random random = context.dice.random("ambassador", context.cohort(), invitee);
    double draw = random.nextDouble();
    if (draw >= ACCEPTS + DECLINES) {
      return Optional.empty();
    }
    boolean accepts = draw < ACCEPTS;
    Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(4), Duration.ofDays(7), random);
    return Optional.of(new PlannedAnswer(at, invitee, Map.of(Vars.AMBASSADOR_ANSWER.name(), accepts ? "accept" : "decline"),
        () -> context.tally.add(accepts ? Tallied.AMBASSADORS_ACCEPTED : Tallied.AMBASSADORS_DECLINED)));
  }
}
