package org.flipside.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.model.testing.Fixtures.T0;
import static org.flipside.model.testing.Fixtures.cohort;
import static org.flipside.model.testing.Fixtures.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every figure the before-and-after tables and the pulse publish, read together as an insider who knows who answered
 * would read them: no linear combination of them may involve fewer people than the threshold.
 */
class ReportDifferencingTest {

  private static final int THRESHOLD = 5;
  private static final List<Measure> MEASURES = List.of(new Measure("talking", "Talking"),
      new Measure("asking", "Asking"), new Measure("sharing", "Sharing"), new Measure("understanding", "Knowing"));

  /** Who answered what, as the auditor knows it (the people themselves, not their pseudonyms). */
  private record Person(String id, ParticipantRole role, Map<String, Integer> before, Map<String, Integer> after) {
  }

  @Test
  void aLeaversBaselineCannotBeWorkedOutFromTheTablesOfOneReport() {
    Random random = new Random(15);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      people.add(person("mentor" + i, ParticipantRole.MENTOR, random, true, true, 0));
      people.add(person("mentee" + i, ParticipantRole.MENTEE, random, true, i != 0, 0));
    }

    BeforeAfter published = BeforeAfterAnalysis.analyse(responses(people), MEASURES, THRESHOLD);

    LinearAudit audit = audit(people, published);
    assertThat(audit.figures()).as("figures shown").isGreaterThan(20);
    assertThat(audit.isolated(THRESHOLD)).isEmpty();
    // the attack of the issue, on the everyone column: n_b * B - n_p * (F - change) was the leaver's answer
    for (MeasureOutcome outcome : published.measures()) {
      if (!outcome.baseline().allRoles().isHidden()) {
        MeanScore before = outcome.baseline().allRoles().value();
        MeanScore after = outcome.finalSurvey().allRoles().value();
        PairedChange change = outcome.paired().allRoles().value();
        assertThat(before.people() * before.mean() - change.people() * (after.mean() - change.meanChange()))
            .as("what is left of the baseline once the pairs are taken out").isCloseTo(0, org.assertj.core.api
                .Assertions.within(1e-9));
      }
    }
  }

  @Test
  void noFigureIsolatesTheLeaverWhenTheirRoleFallsBelowTheThreshold() {
    Random random = new Random(4);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      people.add(person("mentor" + i, ParticipantRole.MENTOR, random, true, true, 0));
    }
    for (int i = 0; i < 5; i++) {
      people.add(person("mentee" + i, ParticipantRole.MENTEE, random, true, i != 0, 0));
    }

    BeforeAfter published = BeforeAfterAnalysis.analyse(responses(people), MEASURES, THRESHOLD);

    LinearAudit audit = audit(people, published);
    assertThat(audit.figures()).as("figures shown").isGreaterThan(10);
    assertThat(audit.isolated(THRESHOLD)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void cohortsWithLeaversLatecomersAndSkippedQuestionsPublishNothingThatIsolatesAFewPeople(long seed) {
    Random random = new Random(seed);
    List<Person> people = new ArrayList<>();
    int size = 10 + random.nextInt(8);
    for (int i = 0; i < size; i++) {
      ParticipantRole role = random.nextInt(3) == 0 ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
      boolean before = random.nextInt(10) != 0;
      boolean after = !before || random.nextInt(6) != 0;
      people.add(person("p" + i, role, random, before, after, 0.1));
    }

    BeforeAfter published = BeforeAfterAnalysis.analyse(responses(people), MEASURES, THRESHOLD);

    LinearAudit audit = audit(people, published);
    assertThat(audit.figures()).as("figures shown").isGreaterThan(10);
    assertThat(audit.isolated(THRESHOLD)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void thePulsePublishesNothingThatIsolatesAFewPeople(long seed) {
    Random random = new Random(seed);
    Cohort cohort = cohort(programme("Pilot", T0), 1);
    Map<String, SurveyResponse> answers = new LinkedHashMap<>();
    int size = 8 + random.nextInt(10);
    for (int i = 0; i < size; i++) {
      ParticipantRole role = random.nextInt(3) == 0 ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
      answers.put("p" + i, SurveyResponse.pulse(cohort, role, "token-" + i, score(random, 0.1), score(random, 0.1),
          score(random, 0.1)));
    }

    List<PulseOutcome> published = PulseAnalysis.analyse(new ArrayList<>(answers.values()), THRESHOLD);

    LinearAudit audit = new LinearAudit();
    for (PulseOutcome outcome : published) {
      PulseQuestion question = outcome.question();
      for (Map.Entry<String, Predicate<SurveyResponse>> group : groups(SurveyResponse::getRespondentRole).entrySet()) {
        Reported<PulseScores> figure = group.getKey().equals("everyone") ? outcome.scores().allRoles()
            : outcome.scores().role(ParticipantRole.valueOf(group.getKey()));
        if (figure.isHidden()) {
          continue;
        }
        List<String> who = answers.entrySet().stream().filter(entry -> group.getValue().test(entry.getValue())
            && question.answerIn(entry.getValue()) != null).map(Map.Entry::getKey).toList();
        assertThat(who).as("the auditor places the figure").hasSize(figure.value().people());
        audit.publishes(question.key(), who, Map.of("score", 1.0));
        if (figure.value().hasDistribution()) {
          for (int score = 1; score <= 5; score++) {
            audit.publishes(question.key(), who, Map.of("gave " + score, 1.0));
          }
        }
      }
    }
    assertThat(audit.isolated(THRESHOLD)).isEmpty();
  }

  /**
   * Reads each shown figure as the sum it is over the people behind it. The auditor places a figure among the sets
   * it could be about (everyone who answered that survey, or only those who answered both) by its count and mean.
   */
  private static LinearAudit audit(List<Person> people, BeforeAfter published) {
    LinearAudit audit = new LinearAudit();
    for (MeasureOutcome outcome : published.measures()) {
      String key = outcome.measure().key();
      for (Map.Entry<String, Predicate<Person>> group : groups(Person::role).entrySet()) {
        List<Person> members = people.stream().filter(group.getValue()).toList();
        List<Person> before = members.stream().filter(p -> p.before().containsKey(key)).toList();
        List<Person> after = members.stream().filter(p -> p.after().containsKey(key)).toList();
        List<Person> both = before.stream().filter(after::contains).toList();
        Reported<MeanScore> baseline = figure(outcome.baseline(), group.getKey());
        if (!baseline.isHidden()) {
          audit.publishes(key, ids(place(baseline.value(), p -> p.before().get(key), before, both)),
              Map.of("before", 1.0));
        }
        Reported<MeanScore> last = figure(outcome.finalSurvey(), group.getKey());
        if (!last.isHidden()) {
          audit.publishes(key, ids(place(last.value(), p -> p.after().get(key), after, both)), Map.of("after", 1.0));
        }
        Reported<PairedChange> change = figure(outcome.paired(), group.getKey());
        if (!change.isHidden()) {
          assertThat(both).as("the auditor places the change").hasSize(change.value().people());
          audit.publishes(key, ids(both), Map.of("after", 1.0, "before", -1.0));
          if (change.value().hasInterval()) {
            audit.publishes(key, ids(both), Map.of("change squared", 1.0));
          }
          if (change.value().hasShareImproved()) {
            audit.publishes(key, ids(both), Map.of("improved", 1.0));
          }
        }
      }
    }
    return audit;
  }

  private static List<Person> place(MeanScore figure, java.util.function.Function<Person, Integer> score,
      List<Person> oneSurvey, List<Person> both) {
    for (List<Person> candidate : List.of(oneSurvey, both)) {
      double mean = candidate.stream().mapToInt(score::apply).average().orElse(Double.NaN);
      if (candidate.size() == figure.people() && Math.abs(mean - figure.mean()) < 1e-9) {
        return candidate;
      }
    }
    throw new AssertionError("no set of respondents gives " + figure);
  }

  private static <T> Reported<T> figure(GroupFigures<T> figures, String group) {
    return group.equals("everyone") ? figures.allRoles() : figures.role(ParticipantRole.valueOf(group));
  }

  private static <T> Map<String, Predicate<T>> groups(java.util.function.Function<T, ParticipantRole> role) {
    Map<String, Predicate<T>> groups = new LinkedHashMap<>();
    for (ParticipantRole each : ParticipantRole.values()) {
      groups.put(each.name(), member -> role.apply(member) == each);
    }
    groups.put("everyone", member -> true);
    return groups;
  }

  private static List<String> ids(List<Person> people) {
    return people.stream().map(Person::id).toList();
  }

  private static Person person(String id, ParticipantRole role, Random random, boolean before, boolean after,
      double skips) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (Measure measure : MEASURES) {
      Integer score = score(random, skips);
      if (before && score != null) {
        first.put(measure.key(), score);
      }
      Integer later = score(random, skips);
      if (after && later != null) {
        last.put(measure.key(), later);
      }
    }
    return new Person(id, role, first, last);
  }

  private static Integer score(Random random, double skips) {
    return random.nextDouble() < skips ? null : 1 + random.nextInt(5);
  }

  private static List<ScoredResponse> responses(List<Person> people) {
    List<ScoredResponse> responses = new ArrayList<>();
    for (Person person : people) {
      if (!person.before().isEmpty()) {
        responses.add(new ScoredResponse(person.id(), person.role(), SurveyKind.BASELINE, person.before()));
      }
      if (!person.after().isEmpty()) {
        responses.add(new ScoredResponse(person.id(), person.role(), SurveyKind.FINAL, person.after()));
      }
    }
    return responses;
  }
}
