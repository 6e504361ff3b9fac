package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * A programme's communications contact, who promotes recruitment as the Chief Pharmacy Office's communications team
 * did: a story on the intranet and a word at team briefings, often through the staff networks or with a message from
 * the sponsor too, recorded a day or two after the window opens.
 */
final class CommunicationsContact implements Responder {

  private static final List<String> SOMETIMES = List.of("staff-networks", "sponsor-message", "events");

  private final SimulationContext context;

  CommunicationsContact(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.RECRUITMENT_CAMPAIGN);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String contact = found.firstViewer();
    Random random = context.dice.random("campaign", context.cohort(), contact);
    List<String> channels = new ArrayList<>(List.of("intranet", "team-briefings"));
    SOMETIMES.stream().filter(channel -> random.nextBoolean()).forEach(channels::add);
    LocalDate began = LocalDate.ofInstant(found.task().createdAt(), ZoneOffset.UTC);
    return Optional.of(new PlannedAnswer(
        WorkingHours.between(found.task().createdAt(), Duration.ofHours(4), Duration.ofDays(2), random), contact,
        Map.of(Vars.CAMPAIGN_CHANNELS.name(), channels, Vars.CAMPAIGN_STARTED_ON.name(), began.toString()),
        () -> context.tally.add(Tallied.RECRUITMENT_CAMPAIGNS_RECORDED)));
  }
}
