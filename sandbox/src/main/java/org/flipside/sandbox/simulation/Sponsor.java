package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * The simulated senior sponsor: signs the pilot off (sometimes only after sending the scope back
 * once) and decides on rollout: after the pilot, when more cohorts are to run, expand to the next band down with a
 * cascade (the pilot's participants are asked to be ambassadors, its mentors to mentor again); another cohort after
 * that until the run's cohorts have run; then stop.
 */
final class Sponsor implements Responder {

  private static final double SENDS_BACK_FIRST_SCOPE = 0.3;

  private final SimulationContext context;
  private int signOffs;

  Sponsor(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.SPONSOR_SIGN_OFF, Forms.ROLLOUT_DECISION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String sponsor = context.cast.sponsorId();
    String actor = found.seenBy().contains(sponsor) ? sponsor : found.firstViewer();
    Instant created = found.task().createdAt();
    if (found.formId().equals(Forms.SPONSOR_SIGN_OFF)) {
      return Optional.of(signOff(created, actor));
    }
    return Optional.of(rollout(created, actor));
  }

  private PlannedAnswer signOff(Instant created, String actor) {
    Random random = context.dice.random("sign-off", signOffs);
    boolean revise = signOffs++ == 0 && random.nextDouble() < SENDS_BACK_FIRST_SCOPE;
    Instant at = WorkingHours.between(created, Duration.ofDays(1), Duration.ofDays(6), random);
    if (revise) {
      return new PlannedAnswer(at, actor,
          Map.of(Vars.DECISION.name(), "revise", Vars.COMMENTS.name(), context.dice.pick(Phrases.SPONSOR_REVISIONS, "revision")),
          () -> context.tally.add(Tallied.SCOPE_REVISIONS));
    }
    return PlannedAnswer.of(at, actor, Map.of(Vars.DECISION.name(), "approve", Vars.COMMENTS.name(), "Approved for a pilot."));
  }

  private PlannedAnswer rollout(Instant created, String actor) {
    Random random = context.dice.random("rollout", context.cohort());
    boolean another = context.cohort() < context.settings.cohorts();
    boolean expand = another && context.cohort() == 1;
    String decision = expand ? "expand" : another ? "continue" : "stop";
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.ROLLOUT_DECISION.name(), decision);
    form.put(Vars.RATIONALE.name(), context.dice.pick(
        expand ? Phrases.ROLLOUT_EXPAND : another ? Phrases.ROLLOUT_CONTINUE : Phrases.ROLLOUT_STOP,
        "rationale", context.cohort()));
    // the reciprocal programme's cascade opens to BME staff from Band 5; the default pilot widens by a band
    PilotPlan wider = context.plan.withMenteesFrom(context.settings.preset() == ProgrammePreset.RECIPROCAL
        ? ProgrammePreset.CASCADE_LOWEST_BAND : context.plan.menteeMinimumBand() - 1);
    if (expand) {
      form.put(Vars.MENTEE_MINIMUM_BAND.name(), wider.menteeMinimumBand());
      form.put(Vars.CASCADE.name(), true);
    }
    return new PlannedAnswer(WorkingHours.between(created, Duration.ofDays(2), Duration.ofDays(10), random),
        actor, form, () -> {
          context.tally.rolloutDecided(decision);
          if (expand) {
            context.plan = wider;
          }
          if (another) {
            context.nextCohort();
          }
        });
  }
}
