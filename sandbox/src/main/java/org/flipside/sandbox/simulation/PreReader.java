package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * A mentee given the pre-reading: most go through it in the first weeks and mark it done; the rest
 * leave it open, and Flipside closes it when the sessions end. Nothing waits for it.
 */
final class PreReader implements Responder {

  private static final double READS = 0.8;

  private final SimulationContext context;

  PreReader(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.PRE_READING);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String mentee = found.firstViewer();
    Random random = context.dice.random("pre-reading", context.cohort(), mentee);
    if (random.nextDouble() >= READS) {
      context.tally.add(Tallied.PRE_READING_LEFT_OPEN);
      return Optional.empty();
    }
    return Optional.of(new PlannedAnswer(
        WorkingHours.between(found.task().createdAt(), Duration.ofHours(4), Duration.ofDays(21), random),
        mentee, Map.of(Vars.READING_DONE.name(), true), () -> context.tally.add(Tallied.PRE_READING_DONE)));
  }
}
