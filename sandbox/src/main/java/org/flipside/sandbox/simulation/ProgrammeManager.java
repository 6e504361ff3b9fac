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
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

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
    return Set.of(Forms.SCOPE_PILOT, Forms.REVIEW_APPLICATIONS, Forms.THIN_RECRUITMENT,
        Forms.REVIEW_MATCHES, Forms.WORKSHOP_ATTENDANCE, Forms.REVIEW_EVALUATION, Forms.PAIR_CHECK_IN,
        Forms.SUPPORT_CONVERSATION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String manager = context.cast.programmeManagerId();
    String actor = found.seenBy().contains(manager) ? manager : found.firstViewer();
    Random random = context.dice.random(found.formId(), context.cohort(), found.text(Vars.WORKSHOP_TITLE.name()), scopesWritten);
    Instant created = found.task().createdAt();
    return Optional.of(switch (found.formId()) {
      case Forms.SCOPE_PILOT -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(3), random), actor,
          context.plan.scopeForm(context.figures, scopesWritten++));
      case Forms.REVIEW_APPLICATIONS -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(2), random), actor,
          Map.of(Vars.NOTE.name(), "Approved in order of arrival; the rest go on the waitlist for the next cohort."));
      case Forms.THIN_RECRUITMENT -> thinRecruitment(created, actor, random);
      case Forms.REVIEW_MATCHES -> matchReview(found, created, actor, random);
      case Forms.WORKSHOP_ATTENDANCE -> attendance(found, created, actor, random);
      case Forms.REVIEW_EVALUATION -> theme(found, created, actor, random);
      case Forms.PAIR_CHECK_IN -> checkIn(created, actor, random);
      // talks it through with the partner who asked; the pair carries on and the other partner is told nothing
      case Forms.SUPPORT_CONVERSATION -> PlannedAnswer.of(
          WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(2), random), actor,
          Map.of(Vars.SUPPORT_DECISION.name(), "continue"));
      default -> throw new IllegalArgumentException("not a programme manager's form: " + found.formId());
    });
  }

  /** Talks with the pair within a few days; most go on, some end. */
  private PlannedAnswer checkIn(Instant created, String actor, Random random) {
    boolean end = random.nextDouble() < ENDS_AT_CHECK_IN;
    return new PlannedAnswer(WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(4), random), actor,
        Map.of(Vars.CHECK_IN_OUTCOME.name(), end ? "end" : "continue"), () -> {
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
    List<String> goals = found.optionValues(Vars.GOAL_OPTIONS.name());
    Map<String, Object> answer = new HashMap<>();
    answer.put(Vars.TITLE.name(), Phrases.THEMES.get((number - 1) % Phrases.THEMES.size()));
    answer.put(Vars.SUMMARY.name(), "Raised in the comments of both roles.");
    answer.put(Vars.GOAL.name(), goals.get((number - 1) % goals.size()));
    answer.put(Vars.PRIORITY.name(), number <= 2 ? "ACT_NOW" : "LATER");
    answer.put(Vars.RECOMMENDATION.name(), Phrases.RECOMMENDATIONS.get((number - 1) % Phrases.RECOMMENDATIONS.size()));
    answer.put(Vars.GROUPED_COMMENTS.name(), commentsOfTheme(found.optionValues(Vars.COMMENT_OPTIONS.name()), number));
    answer.put(Vars.NEXT_STEP.name(), number < THEMES ? "another" : "finish");
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(2), random), actor,
        answer);
  }

  /** The comments the theme of this number groups: every {@value #THEMES}th one from its own start. */
  private static List<String> commentsOfTheme(List<String> comments, int number) {
    List<String> grouped = new ArrayList<>();
    for (int i = number - 1; i < comments.size(); i += THEMES) {
      grouped.add(comments.get(i));
    }
    return grouped;
  }

  /**
   * On a cohort's first proposal of three or more pairs, keeps the best pair and rules out the weakest, and asks
   * for a new proposal; publishes the next one. A reciprocal programme's few partners are all wanted, so its pairs
   * are never ruled out: the first proposal is only sent back for a second that applies the pairs the team allowed
   * meanwhile.
   */
  private PlannedAnswer matchReview(FoundTask found, Instant created, String actor, Random random) {
    boolean firstRound = reviewsPerCohort.merge(context.cohort(), 1, Integer::sum) == 1;
    List<String> pairings = found.optionValues(Vars.PAIRING_OPTIONS.name());
    Map<String, Object> answer = new HashMap<>();
    if (firstRound && pairings.size() >= 3 && context.settings.preset() == ProgrammePreset.RECIPROCAL) {
      answer.put(Vars.DECISION.name(), "reject");
      answer.put(Vars.NOTE.name(), "Every partner is wanted: propose again with the pairs we allowed.");
    } else if (firstRound && pairings.size() >= 3) {
      answer.put(Vars.DECISION.name(), "reject");
      answer.put(Vars.LOCKED_PAIRING_IDS.name(), new ArrayList<>(List.of(pairings.get(0))));
      answer.put(Vars.REJECTED_PAIRING_IDS.name(), new ArrayList<>(List.of(pairings.get(pairings.size() - 1))));
      answer.put(Vars.NOTE.name(), "Keeping the strongest pair; the weakest pair share too little to start from.");
    } else {
      answer.put(Vars.DECISION.name(), "publish");
      answer.put(Vars.NOTE.name(), "Checked with line managers that no pair works together day to day.");
    }
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(4), Duration.ofDays(3), random),
        actor, answer);
  }

  /** Extends once per cohort, then cancels. */
  private PlannedAnswer thinRecruitment(Instant created, String actor, Random random) {
    int extensions = extensionsPerCohort.merge(context.cohort(), 1, Integer::sum) - 1;
    Map<String, Object> answer = extensions == 0
        ? Map.of(Vars.DECISION.name(), "extend", Vars.EXTRA_DAYS.name(), PilotPlan.EXTENSION_DAYS)
        : Map.of(Vars.DECISION.name(), "cancel");
    return PlannedAnswer.of(WorkingHours.between(created, Duration.ofHours(2), Duration.ofDays(1), random),
        actor, answer);
  }

  /** Marks most participants present; whoever is absent is drawn per workshop and person. */
  private PlannedAnswer attendance(FoundTask found, Instant created, String actor, Random random) {
    List<String> present = new ArrayList<>();
    int absent = 0;
    for (Map<?, ?> option : options(found.task().data().get(Vars.ATTENDEE_OPTIONS.name()))) {
      String label = String.valueOf(option.get("label"));
      if (context.dice.chance(ATTENDANCE, "attended", found.text(Vars.WORKSHOP_TITLE.name()), label)) {
        present.add(String.valueOf(option.get("value")));
      } else {
        absent++;
      }
    }
    int absences = absent;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(Vars.ATTENDEE_IDS.name(), present);
    String title = found.text(Vars.WORKSHOP_TITLE.name());
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
