package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * A participant asked for the baseline survey before their first session, the midpoint pulse, or the final
 * survey at the end. The pulse gets a quick answer: most pairs work well and feel they can speak openly, a few
 * less so. For the surveys each has "before" scores (2 or 3 out of 5), given in the baseline, that rise by one or
 * two with the chances the Inclusive Employers 2023 survey reported (56% more confident talking about race, 84%
 * better understanding of specific issues, 67% more confident asking, 50% more confident sharing), given in the
 * final survey; most answer both in time. The same draws decide both answers, so each person's before and after
 * belong together.
 */
final class Respondent implements Responder {

  private static final double ANSWERS = 0.85;
  private static final double COMMENTS = 0.4;
  private static final double[] RISE_CHANCES = {0.56, 0.84, 0.67, 0.50};

  private final SimulationContext context;

  Respondent(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.BASELINE_SURVEY, Forms.FINAL_SURVEY, Forms.PULSE_SURVEY);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    return found.formId().equals(Forms.PULSE_SURVEY) ? Optional.of(pulse(found)) : finalSurvey(found);
  }

  private PlannedAnswer pulse(FoundTask found) {
    String respondent = found.firstViewer();
    Random random = context.dice.random("pulse", context.cohort(), respondent);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(Vars.PAIRING_WORKING.name(), 3 + random.nextInt(3));
    form.put(Vars.SPEAK_OPENLY.name(), 2 + random.nextInt(4));
    form.put(Vars.CONFIDENCE_TALKING_PULSE.name(), 2 + random.nextInt(3));
    Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(1), Duration.ofDays(4), random);
    return new PlannedAnswer(at, respondent, form, () -> context.tally.add(Tallied.PULSES_ANSWERED));
  }

  private Optional<PlannedAnswer> finalSurvey(FoundTask found) {
    String respondent = found.firstViewer();
    boolean baseline = found.formId().equals(Forms.BASELINE_SURVEY);
    Random random = context.dice.random("survey", context.cohort(), respondent);
    if (random.nextDouble() >= ANSWERS) {
      context.tally.add(Tallied.SURVEYS_UNANSWERED);
      return Optional.empty();
    }
    int[] before = new int[RISE_CHANCES.length];
    int[] after = new int[RISE_CHANCES.length];
    Map<String, Object> form = new LinkedHashMap<>();
    for (int i = 0; i < RISE_CHANCES.length; i++) {
      before[i] = 2 + random.nextInt(2);
      int rise = random.nextDouble() < RISE_CHANCES[i] ? 1 + (random.nextDouble() < 0.3 ? 1 : 0) : 0;
      after[i] = Math.min(5, before[i] + rise);
      form.put(SurveyScores.MEASURES.get(i), baseline ? before[i] : after[i]);
    }
    if (random.nextDouble() < COMMENTS) {
      boolean mentor = context.cast.roleOf(respondent).orElse(ApplicantRole.MENTEE) == ApplicantRole.MENTOR;
      form.put(Vars.COMMENTS.name(), context.dice.pick(mentor ? Phrases.MENTOR_COMMENTS : Phrases.MENTEE_COMMENTS,
          "comment", respondent));
    }
    if (baseline) {
      // answered within days: the window closes when sessions start
      form.remove(Vars.COMMENTS.name());
      Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(3), Duration.ofDays(4), random);
      return Optional.of(new PlannedAnswer(at, respondent, form, () -> context.tally.add(Tallied.SURVEYS_ANSWERED)));
    }
    Instant at = WorkingHours.between(found.task().createdAt(), Duration.ofHours(3), Duration.ofDays(11), random);
    return Optional.of(new PlannedAnswer(at, respondent, form, () -> {
      context.tally.add(Tallied.SURVEYS_ANSWERED);
      context.tally.surveyScores().add(before, after);
    }));
  }
}
