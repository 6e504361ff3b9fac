package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * A simulated pair on its journey: the mentee tailors the learning agreement (usually taking on the
 * logistics, as the seeds advise), the mentor confirms it or asks for a change once, and then they
 * meet each period and log that they met, or miss a period and leave it open, or agree to end early.
 *
 * <p>A pair's habits are drawn from its mentee alone, so the pair behaves the same whichever
 * mentor Flipside's matcher picked. The pair also remembers when its current period ends, which is
 * when Flipside will give it its next task.
 */
final class Partners implements Responder {

  private static final double MENTEE_ARRANGES = 0.8;
  private static final double ARRANGER_LOGS = 0.8;
  private static final double ASKS_FOR_CHANGE = 0.15;
  private static final double PROTECTED_TIME = 0.8;
  private static final double BY_PHONE = 0.05;
  private static final List<String> FORMATS = List.of("online", "online", "online", "mixed", "mixed", "in-person");
  private static final List<Integer> MINUTES = List.of(45, 60, 60, 60, 75, 90);
  /** How long after a period's end a pair without a new task counts as finished. */
  private static final Duration GRACE = Duration.ofMinutes(1);

  /** The rhythms pairs choose when the programme leaves it to them above its monthly minimum, most often monthly. */
  private static final List<String> OWN_RHYTHMS = List.of("P1W", "P2W", "P2W", "P3W", "P1M", "P1M", "P1M");

  /** What a mentee put in their latest agreement draft. */
  private record Agreement(String meetingFormat, String arranger, String frequency, int drafts) {}

  /** A pair meeting period by period: who they are and when their current period ends. */
  private record Journey(SortedSet<String> members, Instant periodEnd) {}

  private final SimulationContext context;
  private final Map<String, Agreement> agreementsByMentee = new HashMap<>();
  private final Map<String, Integer> confirmationsByMentor = new HashMap<>();
  private final Map<String, Integer> periodsByPair = new HashMap<>();
  private final Map<String, Journey> journeys = new HashMap<>();
  private String lastDraftedBy;

  Partners(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.LEARNING_AGREEMENT, Forms.CONFIRM_AGREEMENT, Forms.LOG_SESSION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    context.cast.inPair(found.seenBy());
    return switch (found.formId()) {
      case Forms.LEARNING_AGREEMENT -> Optional.of(draftAgreement(found));
      case Forms.CONFIRM_AGREEMENT -> Optional.of(confirmAgreement(found));
      case Forms.LOG_SESSION -> logSession(found);
      default -> throw new IllegalArgumentException("not a pair's form: " + found.formId());
    };
  }

  /** Members of the pairs whose period has ended by {@code now}: Flipside has opened their next one. */
  SortedSet<String> membersDueBy(Instant now) {
    SortedSet<String> members = new TreeSet<>();
    journeys.values().stream().filter(journey -> !journey.periodEnd().isAfter(now))
        .forEach(journey -> members.addAll(journey.members()));
    return members;
  }

  /** Forgets pairs whose period ended a while ago without a new one: they have completed. */
  void forgetFinishedBy(Instant now) {
    journeys.values().removeIf(journey -> journey.periodEnd().plus(GRACE).isBefore(now));
  }

  private PlannedAnswer draftAgreement(FoundTask found) {
    String mentee = found.firstViewer();
    Agreement earlier = agreementsByMentee.get(mentee);
    int drafts = earlier == null ? 1 : earlier.drafts() + 1;
    Random random = context.dice.random("agreement", mentee, drafts);
    // a redraft answers the mentor's request: online, the mentee arranges, in protected time
    boolean redraft = drafts > 1;
    String format = redraft ? "online" : FORMATS.get(random.nextInt(FORMATS.size()));
    String arranger = redraft || random.nextDouble() < MENTEE_ARRANGES ? "mentee" : "mentor";
    String frequency = earlier != null ? earlier.frequency() : rhythm(random);
    agreementsByMentee.put(mentee, new Agreement(format, arranger, frequency, drafts));

    Map<String, Object> form = new LinkedHashMap<>();
    form.put(Vars.CONFIDENTIALITY_AGREED.name(), true);
    form.put(Vars.BOUNDARIES.name(), Phrases.BOUNDARIES.get(random.nextInt(Phrases.BOUNDARIES.size())));
    form.put(Vars.MEETING_FORMAT.name(), format);
    form.put(Vars.FREQUENCY.name(), frequency);
    form.put(Vars.ARRANGER.name(), arranger);
    form.put(Vars.PROTECTED_TIME.name(), redraft || random.nextDouble() < PROTECTED_TIME);
    Instant at = WorkingHours.between(found.task().createdAt(),
        Duration.ofHours(redraft ? 4 : 24), Duration.ofDays(redraft ? 3 : 8), random);
    return new PlannedAnswer(at, mentee, form, () -> {
      lastDraftedBy = mentee;
      if (!redraft) {
        context.tally.add(Tallied.PAIRS_STARTED);
      }
    });
  }

  /** The programme's cadence, or in a programme whose pairs choose their own rhythm, the pair's choice. */
  private String rhythm(Random random) {
    if (context.settings.preset() == ProgrammePreset.INTERNAL) {
      return OWN_RHYTHMS.get(random.nextInt(OWN_RHYTHMS.size()));
    }
    return context.plan.sessionCadence().equals("P2W") ? "P2W" : "P1M";
  }

  /** How many pairs agreed each rhythm, by ISO-8601 period, as last drafted. */
  Map<String, Integer> rhythms() {
    Map<String, Integer> rhythms = new TreeMap<>();
    agreementsByMentee.values().forEach(agreement -> rhythms.merge(agreement.frequency(), 1, Integer::sum));
    return rhythms;
  }

  /** How long the pair's period lasts: its own rhythm once it has agreed one, else the programme's cadence. */
  private Period cadenceOf(String mentee) {
    Agreement agreement = mentee == null ? null : agreementsByMentee.get(mentee);
    return agreement == null ? context.plan.cadence() : Period.parse(agreement.frequency());
  }

  private PlannedAnswer confirmAgreement(FoundTask found) {
    String mentor = found.firstViewer();
    // the confirmation appears right after its mentee's draft: that is how the pair becomes known
    if (lastDraftedBy != null && context.cast.partnerOf(mentor).isEmpty()) {
      context.cast.partners(lastDraftedBy, mentor);
    }
    int confirmations = confirmationsByMentor.merge(mentor, 1, Integer::sum);
    // drawn for the mentee's side of the pair, like every other choice of the pair's
    Random random = context.dice.random("confirm", context.cast.partnerOf(mentor).orElse(mentor), confirmations);
    boolean change = confirmations == 1 && random.nextDouble() < ASKS_FOR_CHANGE;
    Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(4), Duration.ofDays(4), random);
    if (change) {
      return new PlannedAnswer(at, mentor, Map.of(Vars.AGREEMENT.name(), "change", Vars.REQUESTED_CHANGES.name(), Phrases.CHANGE_REQUEST),
          () -> context.tally.add(Tallied.AGREEMENT_CHANGES));
    }
    return new PlannedAnswer(at, mentor, Map.of(Vars.AGREEMENT.name(), "agree"),
        () -> context.tally.add(Tallied.AGREEMENTS_CONFIRMED));
  }

  private Optional<PlannedAnswer> logSession(FoundTask found) {
    String mentee = viewerIn(found, ApplicantRole.MENTEE);
    String mentor = viewerIn(found, ApplicantRole.MENTOR);
    if (mentee != null && mentor != null) {
      context.cast.partners(mentee, mentor);
    }
    String pair = mentee != null ? mentee : mentor;
    int period = periodsByPair.merge(pair, 1, Integer::sum);
    PairHabits habits = PairHabits.draw(context.dice.random("habits", pair));
    Random random = context.dice.random("session", pair, period);

    Instant periodStart = period == 1 && context.plan.sessionsStartInstant().isAfter(found.task().createdAt())
        ? context.plan.sessionsStartInstant()
        : found.task().createdAt();
    Instant periodEnd = periodStart.atZone(ZoneOffset.UTC).plus(cadenceOf(mentee)).toInstant();
    journeys.put(pair, new Journey(found.seenBy(), periodEnd));

    boolean endsNow = period == habits.endsEarlyInPeriod();
    if (!endsNow && random.nextDouble() < habits.missChance()) {
      context.tally.add(Tallied.PERIODS_LEFT_OPEN);
      return Optional.empty();
    }
    long days = ChronoUnit.DAYS.between(periodStart, periodEnd);
    Instant meeting = WorkingHours.atOrAfter(
        periodStart.plus(Duration.ofDays(2 + random.nextInt((int) Math.max(1, days - 8)))), random);
    Instant logged = WorkingHours.between(meeting, Duration.ofHours(1), Duration.ofDays(2), random);
    if (!logged.isBefore(periodEnd.minus(Duration.ofHours(12)))) {
      logged = meeting.plus(Duration.ofHours(1));
    }

    Map<String, Object> form = new LinkedHashMap<>();
    form.put(Vars.HELD.name(), "yes");
    form.put(Vars.HELD_ON.name(), LocalDate.ofInstant(meeting, ZoneOffset.UTC).toString());
    form.put(Vars.DURATION_MINUTES.name(), MINUTES.get(random.nextInt(MINUTES.size())));
    form.put(Vars.FORMAT.name(), sessionFormat(mentee, random));
    form.put(Vars.CONTINUE_PAIRING.name(), endsNow ? "end" : "continue");
    return Optional.of(new PlannedAnswer(logged, logger(mentor, mentee, random), form, () -> {
      context.tally.add(Tallied.SESSIONS_HELD);
      if (endsNow) {
        context.tally.add(Tallied.PAIRS_ENDED_EARLY);
        journeys.remove(pair);
      }
    }));
  }

  /** Usually whoever arranges the meetings logs them. */
  private String logger(String mentor, String mentee, Random random) {
    if (mentor == null || mentee == null) {
      return mentor != null ? mentor : mentee;
    }
    Agreement agreement = agreementsByMentee.get(mentee);
    boolean menteeArranges = agreement == null || agreement.arranger().equals("mentee");
    boolean arrangerLogs = random.nextDouble() < ARRANGER_LOGS;
    return menteeArranges == arrangerLogs ? mentee : mentor;
  }

  private String sessionFormat(String mentee, Random random) {
    if (random.nextDouble() < BY_PHONE) {
      return "phone";
    }
    Agreement agreement = mentee == null ? null : agreementsByMentee.get(mentee);
    String agreed = agreement == null ? "mixed" : agreement.meetingFormat();
    if (agreed.equals("mixed")) {
      return random.nextBoolean() ? "online" : "in-person";
    }
    return agreed;
  }

  private String viewerIn(FoundTask found, ApplicantRole role) {
    return found.seenBy().stream()
        .filter(viewer -> context.cast.roleOf(viewer).orElse(null) == role)
        .findFirst()
        .orElse(null);
  }
}
