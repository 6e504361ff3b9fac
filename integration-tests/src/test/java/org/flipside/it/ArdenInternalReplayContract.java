package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_FINANCE;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.api.Actor;
import org.flipside.api.Commitment;
import org.flipside.api.CommitmentStatus;
import org.flipside.api.FocusDimension;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchedPair;
import org.flipside.api.MeasureUnit;
import org.flipside.api.NewCommitment;
import org.flipside.api.NewOutcomeMeasure;
import org.flipside.api.NewProgramme;
import org.flipside.api.OutcomePoint;
import org.flipside.api.OutcomeStage;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Arden &amp; GEM's own programme (seed 001), replayed whole through the API: 15 senior leaders, from the managing
 * director (to whom everyone reports) through the executive team, with volunteer mentors from IT, engagement,
 * medicines management and the programme office; no fixed outcomes; the pairs choose how often they meet provided
 * it is monthly at least; leaders' engagement in staff communications is the programme's own impact measure, and
 * two leaders' follow-on commitments reach the report.
 */
abstract class ArdenInternalReplayContract extends HostedContract {

  private static final String MANAGING_DIRECTOR = CEO;
  private static final List<String> TEAMS = List.of("IT", "Engagement and Consultation", "Medicines Management",
      "Programme Office");
  private static final List<String> LEADERS = Stream.concat(
      Stream.of(MANAGING_DIRECTOR, DIR_FINANCE, DIR_OPS, MGR_FINANCE, MGR_OPS),
      Stream.iterate(1, i -> i + 1).limit(10).map(i -> "leader-" + i)).toList();
  private static final List<String> MENTORS = Stream.concat(Stream.of(FINANCE_1, OPS_1, OPS_2),
      Stream.iterate(1, i -> i + 1).limit(12).map(i -> "volunteer-" + i)).toList();
  private static final List<String> RHYTHMS = List.of("P2W", "P3W", "P1M");
  private static final String ENGAGEMENT = "leaders_in_staff_comms";
  private static final String OUTCOMES = """
      measure,group,band,value,people
      leaders_in_staff_comms,,,%d,
      """;

  @Test
  void fifteenLeadersWithTheManagingDirectorEachPairInItsOwnRhythmAboveAMonthlyMinimum() {
    staffTheOrganisation();
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "Reverse mentoring for the leadership team", ProgrammeMode.REVERSE, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "reverse mentor", "reverse mentee", CEO)).id();
    host.flipside.reports().defineMeasure(Actor.of(HR), programmeId, new NewOutcomeMeasure(ENGAGEMENT,
        "Leaders engaging in staff communications channels", MeasureUnit.COUNT,
        "Leaders sharing views on diversity and inclusion in staff communications, in the quarter"));
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.SCOPING, "Q1 2027", LocalDate.of(2027, 1, 4)), OUTCOMES.formatted(3));

    // no fixed outcomes; monthly at least, over March and April
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.remove(Vars.GOALS.name());
    scope.putAll(Map.of(Vars.COHORT_SIZE.name(), 15, Vars.SESSION_CADENCE.name(), "P1M"));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF).data().get(Vars.SCOPE_SUMMARY.name()).toString())
        .contains("No fixed outcomes set", "15 reverse mentors, 15 reverse mentees", "Pairs: 15")
        .as("the managing director sponsors and takes part: their post shows no pairing, and the sign-off says so")
        .contains("- The sponsor, " + host.organisation.find(MANAGING_DIRECTOR).orElseThrow().displayName()
            + ", is within the audience, invited as a reverse mentee");
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the whole organisation in the bands: the leaders and the volunteers, no team lead, HR or EDI")
        .containsExactlyInAnyOrderElementsOf(Stream.concat(LEADERS.stream(), MENTORS.stream()).toList());
    MENTORS.forEach(mentor -> host.apply(mentor, "mentor",
        Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, ethnicity, culture")));
    LEADERS.forEach(leader -> host.apply(leader, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, culture")));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    // the managing director, whom everyone reports to, is matched through the top-of-organisation exception
    assertThat(unmatchedReason(programmeId, MANAGING_DIRECTOR)).contains("line-management-chain");
    host.flipside.matchReview().limitLineChain(Actor.of(HR), programmeId, 0, true);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject"));
    MatchOverview overview = host.flipside.matchReview().matches(Actor.of(HR), programmeId);
    assertThat(overview.unmatched()).isEmpty();
    assertThat(overview.pairs()).hasSize(15);
    MatchedPair top = overview.pairs().stream()
        .filter(pair -> pair.mentee().employeeId().equals(MANAGING_DIRECTOR)).findFirst().orElseThrow();
    assertThat(top.reasons()).filteredOn(reason -> reason.rule().startsWith("exception:")).singleElement()
        .satisfies(reason -> {
          assertThat(reason.rule()).isEqualTo("exception:line-management-chain");
          assertThat(reason.detail()).startsWith("top-of-organisation:");
        });
    assertThat(overview.pairs()).filteredOn(pair -> !pair.mentee().employeeId().equals(MANAGING_DIRECTOR))
        .as("no other pair needed an exception").allSatisfy(pair -> assertThat(pair.reasons())
            .noneMatch(reason -> reason.rule().startsWith("exception:")));
    assertThat((String) host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.FAIRNESS_SUMMARY.name()))
        .contains("Pairs matched by an exception to line-management-chain (top-of-organisation): 1");
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    assertThat(SeedReplay.holdKickOffWorkshops(host)).isEqualTo(2);

    // each pair chooses its rhythm; an agreement to meet every six weeks is below the monthly minimum
    assertThatThrownBy(() -> host.complete(DIR_FINANCE, Forms.LEARNING_AGREEMENT, draft("P6W")))
        .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(Vars.FREQUENCY.name());
              assertThat(error.problem()).contains("every P1M", "every P6W is less often");
            }));
    Map<String, String> rhythmOf = new LinkedHashMap<>();
    for (MatchedPair pair : overview.pairs()) {
      String leader = pair.mentee().employeeId();
      String rhythm = RHYTHMS.get(LEADERS.indexOf(leader) % RHYTHMS.size());
      rhythmOf.put(leader, rhythm);
      host.complete(leader, Forms.LEARNING_AGREEMENT, draft(rhythm));
      host.complete(pair.mentor().employeeId(), Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    }

    // March and April: the day after each of the rhythms opens a period, its pairs log the session
    host.passTimeTo(Instant.parse("2027-03-01T09:00:00Z"));
    Map<String, Integer> inFirstFourWeeks = new HashMap<>();
    Map<String, Integer> logged = new HashMap<>();
    for (String day : List.of("03-02", "03-16", "03-23", "03-30", "04-02", "04-13", "04-27")) {
      host.passTimeTo(Instant.parse("2027-" + day + "T09:00:00Z"));
      for (String leader : LEADERS) {
        int now = SeedReplay.logDueSessions(host, List.of(leader));
        logged.merge(leader, now, Integer::sum);
        if (day.compareTo("03-29") < 0) {
          inFirstFourWeeks.merge(leader, now, Integer::sum);
        }
      }
    }
    // the three-weekly pairs' last period runs to 3 May; then the evaluation opens
    host.passTimeTo(Instant.parse("2027-05-04T09:00:00Z"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage())
        .as(() -> SeedReplay.waitingFor(host, programmeId)).isEqualTo(Stage.EVALUATION);
    assertThat(inFirstFourWeeks.get(MANAGING_DIRECTOR)).as("the managing director's pair meets fortnightly")
        .isEqualTo(2);
    assertThat(LEADERS).allSatisfy(leader -> assertThat(inFirstFourWeeks.get(leader)).as(leader)
        .isEqualTo(rhythmOf.get(leader).equals("P1M") ? 1 : 2));
    // two months (61 days) hold 4 fortnights, 3 periods of three weeks (the last one running to 3 May) and 2 months
    Map<String, Integer> periodsInTwoMonths = Map.of("P2W", 4, "P3W", 3, "P1M", 2);
    assertThat(LEADERS).allSatisfy(leader -> assertThat(logged.get(leader)).as(leader)
        .isEqualTo(periodsInTwoMonths.get(rhythmOf.get(leader))));
    int sessions = logged.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_MISSED)).isEmpty();

    // the evaluation; engagement at the evaluation, and what two leaders went on to do
    SeedReplay.answerFinalSurvey(host, Stream.concat(LEADERS.stream(), MENTORS.stream()).toList());
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.EVALUATION, "Q2 2027", LocalDate.of(2027, 5, 3)), OUTCOMES.formatted(9));
    host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "A joint blog sharing the pair's experiences and learning", "One pair", CommitmentStatus.IN_PROGRESS, null));
    host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "Address all staff about what he learned at the Race Equality event", "The managing director",
        CommitmentStatus.PLANNED, LocalDate.of(2027, 10, 1)));
    assertThat(host.task(HR, Forms.REVIEW_EVALUATION).data().get(Vars.GOAL_OPTIONS.name()))
        .as("no fixed outcomes: a theme bears on no goal").asList().isEmpty();
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Visible leadership on race",
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Celebrate the events that reflect our workforce",
        Vars.NEXT_STEP.name(), "finish"));

    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(CEO), programmeId);
    assertThat(status).extracting(ProgrammeStatus::completedPairs, ProgrammeStatus::sessionsHeld,
        ProgrammeStatus::sessionsMissed, ProgrammeStatus::surveyResponses)
        .containsExactly(15L, (long) sessions, 0L, 30L);
    assertThat(host.flipside.reports().commitments(Actor.of(CEO), programmeId)).extracting(Commitment::madeBy)
        .containsExactly("One pair", "The managing director");
    String report = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html();
    assertThat(report)
        .contains("<td>Pairs formed</td><td class=\"figure\">15</td>")
        .contains("<td>Sessions held</td><td class=\"figure\">" + sessions + "</td>")
        .contains("Leaders engaging in staff communications channels")
        .contains("<td>Whole organisation</td><td class=\"figure\">3</td><td class=\"figure\">9</td>")
        .contains("A joint blog sharing the pair&#39;s experiences and learning</td><td>One pair</td>")
        .contains("Visible leadership on race</strong></td><td>No fixed outcome</td>")
        .doesNotContain("Employee volunteer-", "Employee leader-");
  }

  private String unmatchedReason(String programmeId, String employeeId) {
    return host.flipside.matchReview().matches(Actor.of(HR), programmeId).unmatched().stream()
        .filter(unmatched -> unmatched.person().employeeId().equals(employeeId)).findFirst()
        .orElseThrow(() -> new AssertionError(employeeId + " is matched")).reason();
  }

  /**
   * The organisation under its managing director: ten more leaders besides the executive the test organisation
   * has, four of them heading the teams where twelve volunteers work under team leads (band 6, not invited).
   */
  private void staffTheOrganisation() {
    for (int i = 1; i <= 10; i++) {
      String department = i <= TEAMS.size() ? TEAMS.get(i - 1) : "Directorate " + i;
      host.organisation.add("leader-" + i, i <= TEAMS.size() ? 9 : 8, i <= TEAMS.size() ? "Band 9" : "Band 8c",
          department, MANAGING_DIRECTOR);
    }
    for (int t = 0; t < TEAMS.size(); t++) {
      host.organisation.add("team-lead-" + (t + 1), 6, "Band 6", TEAMS.get(t), "leader-" + (t + 1));
    }
    for (int i = 1; i <= 12; i++) {
      int team = i % TEAMS.size();
      host.organisation.add("volunteer-" + i, 3 + i % 3, "Band " + (3 + i % 3), TEAMS.get(team),
          "team-lead-" + (team + 1));
    }
  }

  private static Map<String, Object> draft(String frequency) {
    return Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true, Vars.MEETING_FORMAT.name(), "online",
        Vars.FREQUENCY.name(), frequency, Vars.ARRANGER.name(), "mentee", Vars.PROTECTED_TIME.name(), true);
  }
}
