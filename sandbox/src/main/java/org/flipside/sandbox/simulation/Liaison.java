package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * A programme's liaison given the kick-off workshops to plan: they confirm them as Flipside proposed them, within a
 * working day, as the Pharmacy Fellow agreed the OD team's dates.
 */
final class Liaison implements Responder {

  private final SimulationContext context;

  Liaison(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.KICK_OFF_PLAN);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String liaison = found.firstViewer();
    Random random = context.dice.random("kick-off plan", context.cohort(), liaison);
    Map<String, Object> plan = new HashMap<>(found.task().data());
    plan.remove(Vars.KICK_OFF_PLAN_BRIEF.name());
    return Optional.of(PlannedAnswer.of(
        WorkingHours.between(found.task().createdAt(), Duration.ofHours(1), Duration.ofDays(1), random), liaison,
        plan));
  }
}
