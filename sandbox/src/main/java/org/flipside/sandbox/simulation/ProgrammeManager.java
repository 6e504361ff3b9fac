package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The simulated HR admin who runs the programme: scopes the pilot, reviews applications and matches,
 * keeps the registers of the kick-off workshops and knowledge sessions, checks in with pairs that keep missing
 * their sessions, talks with a partner who says their pairing isn't working (and lets it continue), and groups
 * the feedback into themes. A careful admin: approves every eligible applicant, asks once for a better proposal
 * before publishing, extends a thin recruitment once.
 */
final class ProgrammeManager implements Responder {

  private static final double ATTENDANCE = 0.9;
  /** How often a check-in with a pair that keeps missing its sessions ends the pairing. */
  private static final double ENDS_AT_CHECK_IN = 0.25;

  /** How Flipside titles a knowledge session's register, as opposed to a kick-off workshop's. */
  private static final String KNOWLEDGE_SESSION = "Knowledge session";

  /** How many themes the manager groups each cohort's feedback into. */
  private static final int THEMES = 3;

  private final SimulationContext context;
  private int scopesWritten;
  private final Map<Integer, Integer> extensionsPerCohort = new HashMap<>();
  private final Map<Integer, Integer> reviewsPerCohort = new HashMap<>();
  private final Map<Integer, Integer> themesPerCohort = new HashMap<>();

  ProgrammeManager(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(FormIds.SCOPE_PILOT, FormIds.REVIEW_APPLICATIONS, FormIds.THIN_RECRUITMENT,
        FormIds.REVIEW_MATCHES, FormIds.WORKSHOP_ATTENDANCE, FormIds.REVIEW_EVALUATION, FormIds.PAIR_CHECK_IN,
        FormIds.SUPPORT_CONVERSATION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String manager = context.cast.programmeManagerId();
    String actor = found.seenBy().contains(manager) ? manager : found.firstViewer();
    Random random = context.dice.random(found.formId(), context.cohort(), found.text("workshopTitle"), scopesWritten);
    Instant created = found.task().createdAt();
    return Optional.of(switch (found.formId()) {
      case FormIds.SCOPE_PILOT -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(3), random), actor,
          context.plan.scopeForm(context.figures, scopesWritten++));
      case FormIds.REVIEW_APPLICATIONS -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(2), random), actor,
          Map.of("note", "Approved in order of arrival; the rest go on the waitlist for the next cohort."));
      case FormIds.THIN_RECRUITMENT -> thinRecruitment(created, actor, random);
      case FormIds.REVIEW_MATCHES -> matchReview(found, created, actor, random);
      case FormIds.WORKSHOP_ATTENDANCE -> attendance(found, created, actor, random);
      case FormIds.REVIEW_EVALUATION -> theme(found, created, actor, random);
      case FormIds.PAIR_CHECK_IN -> checkIn(created, actor, random);
      // talks it through with the partner who asked; the pair carries on and the other partner is told nothing
      case FormIds.SUPPORT_CONVERSATION -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(2), random), actor,
          Map.of("supportDecision", "continue"));
      default -> throw new IllegalArgumentException("not a programme manager's form: " + found.formId());
    });
  }

  /** Talks with the pair within a few days; most go on, some end. */
  private PlannedAnswer checkIn(Instant created, String actor, Random random) {
    boolean end = random.nextDouble() < ENDS_AT_CHECK_IN;
    return new PlannedAnswer(WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(4), random), actor,
        Map.of("checkInOutcome", end ? "end" : "continue"), () -> {
          context.tally.add(Tallied.CHECK_INS);
          if (end) {
            context.tally.add(Tallied.PAIRS_ENDED_AT_CHECK_IN);
          }
        });
  }

  /**
   * Groups the cohort's comments into three themes, one per submission, each tied to one of the goals from scoping
   * in turn; the first two are to act on now.
   */
  private PlannedAnswer theme(FoundTask found, Instant created, String actor, Random random) {
    int number = themesPerCohort.merge(context.cohort(), 1, Integer::sum);
    List<String> goals = found.optionValues("goalOptions");
    Map<String, Object> answer = new HashMap<>();
    answer.put("title", Phrases.THEMES.get((number - 1) % Phrases.THEMES.size()));
    answer.put("summary", "Raised in the comments of both roles.");
    answer.put("goal", goals.get((number - 1) % goals.size()));
    answer.put("priority", number <= 2 ? "ACT_NOW" : "LATER");
    answer.put("recommendation", Phrases.RECOMMENDATIONS.get((number - 1) % Phrases.RECOMMENDATIONS.size()));
    answer.put("nextStep", number < THEMES ? "another" : "finish");
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(2), random), actor,
        answer);
  }

  /**
   * On a cohort's first proposal of three or more pairs, keeps the best pair and rules out the weakest, and asks
   * for a new proposal; publishes the next one.
   */
  private PlannedAnswer matchReview(FoundTask found, Instant created, String actor, Random random) {
    boolean firstRound = reviewsPerCohort.merge(context.cohort(), 1, Integer::sum) == 1;
    List<String> pairings = found.optionValues("pairingOptions");
    Map<String, Object> answer = new HashMap<>();
    if (firstRound && pairings.size() >= 3) {
      answer.put("decision", "reject");
      answer.put("lockedPairingIds", new ArrayList<>(List.of(pairings.get(0))));
      answer.put("rejectedPairingIds", new ArrayList<>(List.of(pairings.get(pairings.size() - 1))));
      answer.put("note", "Keeping the strongest pair; the weakest pair share too little to start from.");
    } else {
      answer.put("decision", "publish");
      answer.put("note", "Checked with line managers that no pair works together day to day.");
    }
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(3), random),
        actor, answer);
  }

  /** Extends once per cohort, then cancels. */
  private PlannedAnswer thinRecruitment(Instant created, String actor, Random random) {
    int extensions = extensionsPerCohort.merge(context.cohort(), 1, Integer::sum) - 1;
    Map<String, Object> answer = extensions == 0
        ? Map.of("decision", "extend", "extraDays", PilotPlan.EXTENSION_DAYS)
        : Map.of("decision", "cancel");
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(1), random),
        actor, answer);
  }

  /** Marks most participants present; whoever is absent is drawn per workshop and person. */
  private PlannedAnswer attendance(FoundTask found, Instant created, String actor, Random random) {
    List<String> present = new ArrayList<>();
    int absent = 0;
    for (Map<?, ?> option : options(found.task().data().get("attendeeOptions"))) {
      String label = String.valueOf(option.get("label"));
      if (context.dice.chance(ATTENDANCE, "attended", found.text("workshopTitle"), label)) {
        present.add(String.valueOf(option.get("value")));
      } else {
        absent++;
      }
    }
    int absences = absent;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("attendeeIds", present);
    String title = found.text("workshopTitle");
    boolean knowledgeSession = title != null && title.startsWith(KNOWLEDGE_SESSION);
    return new PlannedAnswer(WorkingHours.between(created, Duration.ofHours(1), Duration.ofDays(2), random),
        actor, answer, () -> {
          if (knowledgeSession) {
            context.tally.add(Tallied.KNOWLEDGE_SESSIONS_HELD);
            context.tally.add(Tallied.KNOWLEDGE_SESSION_ATTENDANCES, present.size());
          } else {
            context.tally.add(Tallied.WORKSHOP_ATTENDANCES, present.size());
            context.tally.add(Tallied.WORKSHOP_ABSENCES, absences);
          }
        });
  }

  private static List<Map<?, ?>> options(Object value) {
    List<Map<?, ?>> options = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object option : list) {
        if (option instanceof Map<?, ?> map) {
          options.add(map);
        }
      }
    }
    return options;
  }
}
