package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * Someone from the waitlist offered a place in the next cohort: most take it within a few days, some decline, a few
 * let the offer lapse (and stay on the waitlist).
 */
final class WaitlistedApplicant implements Responder {

  private static final double CONFIRMS = 0.6;
  private static final double DECLINES = 0.25;

  private final SimulationContext context;

  WaitlistedApplicant(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.CONFIRM_PLACE);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String applicant = found.firstViewer();
    Random random = context.dice.random("place", context.cohort(), applicant);
    double draw = random.nextDouble();
    if (draw >= CONFIRMS + DECLINES) {
      return Optional.empty();
    }
    boolean confirms = draw < CONFIRMS;
    Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(2), Duration.ofDays(5), random);
    return Optional.of(new PlannedAnswer(at, applicant,
        Map.of(Vars.PLACE_ANSWER.name(), confirms ? Answers.CONFIRM : "decline"),
        () -> context.tally.add(confirms ? Tallied.PLACES_CONFIRMED : Tallied.PLACES_DECLINED)));
  }
}
