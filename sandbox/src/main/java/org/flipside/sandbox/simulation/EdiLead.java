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
 * The EDI lead who receives concerns: usually acknowledges within a few days, now and then only
 * after the deadline (when Flipside has told the HR admins), then resolves each with an outcome.
 */
final class EdiLead implements Responder {

  private final SimulationContext context;

  EdiLead(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.ACKNOWLEDGE_CONCERN, Forms.RESOLVE_CONCERN);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String ediLead = context.cast.ediLeadId();
    String actor = found.seenBy().contains(ediLead) ? ediLead : found.firstViewer();
    Random random = context.dice.random(found.formId(), found.text(Vars.CONCERN_SUMMARY.name()), found.task().createdAt());
    Instant created = found.task().createdAt();
    if (found.formId().equals(Forms.ACKNOWLEDGE_CONCERN)) {
      Instant at = WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(8), random);
      boolean late = found.task().dueAt() != null && at.isAfter(found.task().dueAt());
      return Optional.of(new PlannedAnswer(at, actor,
          Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), "Thank you for telling me; I will call you this week."), () -> {
            context.tally.add(Tallied.CONCERNS_ACKNOWLEDGED);
            if (late) {
              context.tally.add(Tallied.CONCERNS_ACKNOWLEDGED_LATE);
            }
          }));
    }
    return Optional.of(new PlannedAnswer(
        WorkingHours.between(created, Duration.ofDays(3), Duration.ofDays(20), random), actor,
        Map.of(Vars.OUTCOME.name(), context.dice.pick(Phrases.CONCERN_OUTCOMES, "outcome", found.text(Vars.CONCERN_SUMMARY.name()))),
        () -> context.tally.add(Tallied.CONCERNS_RESOLVED)));
  }
}
