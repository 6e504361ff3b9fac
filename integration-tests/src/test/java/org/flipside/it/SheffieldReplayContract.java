package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_FINANCE;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.flipside.api.OpenTask;
import org.flipside.api.OutcomePoint;
import org.flipside.api.OutcomeStage;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.Notification;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.Test;

/**
 * Sheffield Health and Social Care's programme replayed whole, through Flipside's API alone: board members in
 * reciprocal mentoring with senior BME staff (bands 6 to 8, no band order), the BME staff network growing, then
 * the cascade in which the senior BME staff mentor BME staff at bands 5 and 6. The one person told in the first
 * cohort "you are on the waitlist for the next one" is offered a place first and confirms; the trust's figures are
 * recorded at the baseline (2015), the evaluation (2016) and two follow-ups (2017, 2018), with the board's
 * commitments, and read back as series in the report the sponsor reads.
 */
abstract class SheffieldReplayContract extends HostedContract {

  private static final String BOARD = "Trust board";
  private static final String NETWORK = "BME staff network";
  /** A non-executive director, the board's third member beside the two directors. */
  private static final String NED = "ned";
  /** Senior BME staff, bands 6 to 8, mentors of the board and then of their colleagues. */
  private static final String LEAD_1 = "bme-lead-1";
  private static final String LEAD_2 = "bme-lead-2";
  private static final String LEAD_3 = "bme-lead-3";
  private static final String LEAD_4 = "bme-lead-4";
  /** BME staff at bands 5 and 6, the cascade's mentees; each reports to one of the senior BME staff. */
  private static final String STAFF_1 = "bme-staff-1";
  private static final String STAFF_2 = "bme-staff-2";
  private static final String STAFF_3 = "bme-staff-3";
  private static final List<String> BOARD_MEMBERS = List.of(DIR_FINANCE, DIR_OPS, NED);
  private static final String BAND_7_PLUS = "bme_band7_plus";
  private static final String FIGURES = """
      measure,group,band,value,people
      representation,BME,Bands 8-9 and VSM,%s,
      representation,BME,Whole workforce,11.05,
      equal_opportunities,BME,,%s,
      network_size,BME staff network,,%s,
      bme_band7_plus,,,%s,
      """;

  @Override
  FlipsideHost host(TestDatabase database) {
    TestOrganisation trust = new TestOrganisation();
    trust.add(NED, 9, "Non-executive director", "Board", CEO);
    trust.add(LEAD_1, 8, "Band 8a", "Nursing", MGR_FINANCE);
    trust.add(LEAD_2, 7, "Band 7", "Psychology", MGR_OPS);
    trust.add(LEAD_3, 7, "Band 7", "Estates", HR);
    trust.add(LEAD_4, 6, "Band 6", "Pharmacy", EDI);
    trust.add(STAFF_1, 5, "Band 5", "Inpatient wards", LEAD_1);
    trust.add(STAFF_2, 6, "Band 6", "Community teams", LEAD_2);
    trust.add(STAFF_3, 5, "Band 5", "Medicines management", LEAD_4);
    BOARD_MEMBERS.forEach(member -> trust.join(member, BOARD));
    List.of(LEAD_1, LEAD_2, LEAD_3, LEAD_4, STAFF_1, STAFF_2, STAFF_3).forEach(member -> trust.join(member, NETWORK));
    return new FlipsideHost(database, trust);
  }

  @Test
  void theBoardCohortThenTheCascadeThatTakesTheWaitlistWithTheTrustsFiguresOverThreeYears() throws Exception {
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "Improving BME representation through reciprocal mentoring", ProgrammeMode.RECIPROCAL,
        Set.of(FocusDimension.RACE_AND_ETHNICITY), "mentor", "mentee", CEO)).id();
    host.flipside.reports().defineMeasure(Actor.of(HR), programmeId, new NewOutcomeMeasure(BAND_7_PLUS,
        "BME staff at Band 7 and above", MeasureUnit.PERCENTAGE, "Share of Band 7+ posts held by BME staff (WRES)"));
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.SCOPING, "2015", LocalDate.of(2015, 3, 31)), FIGURES.formatted(2.07, 67, 6, 6));

    // cohort 1: the board in reciprocal mentoring with senior BME staff
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.putAll(Map.of(Vars.COHORT_SIZE.name(), 3, Vars.MENTOR_MAXIMUM_BAND.name(), 8,
        Vars.MENTEE_MINIMUM_BAND.name(), 9, Vars.MINIMUM_BAND_GAP.name(), 0,
        Vars.RECRUIT_HOST_GROUPS.name(), BOARD + "\n" + NETWORK));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the board and the BME staff network, nobody else; the sponsor signs off and is not invited")
        .containsExactly(LEAD_1, LEAD_2, LEAD_3, LEAD_4, STAFF_1, STAFF_2, STAFF_3, DIR_FINANCE, DIR_OPS, NED);

    for (String lead : List.of(LEAD_1, LEAD_2, LEAD_3, LEAD_4)) {
      host.apply(lead, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression",
          Vars.LEARNING_INTERESTS.name(), "board governance"));
    }
    for (String member : BOARD_MEMBERS) {
      host.apply(member, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, cultural competence",
          Vars.LEADS_AREA.name(), "board governance"));
    }
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.notifier.recipientsOf(NotificationTopics.APPLICATION_WAITLISTED))
        .as("three places: the fourth to apply waits for the next cohort").containsExactly(LEAD_4);

    MatchOverview board = host.flipside.matchReview().matches(Actor.of(HR), programmeId);
    assertThat(board.unmatched()).isEmpty();
    assertThat(board.pairs()).hasSize(3).allSatisfy(pair -> {
      assertThat(BOARD_MEMBERS).contains(pair.mentee().employeeId());
      assertThat(pair.mentor().band()).isLessThan(pair.mentee().band());
    });
    assertThat(board.pairs()).extracting(pair -> pair.mentor().employeeId() + "+" + pair.mentee().employeeId())
        .as("no one mentors the director at the top of their own line")
        .doesNotContain(LEAD_1 + "+" + DIR_FINANCE, LEAD_2 + "+" + DIR_OPS);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of(Vars.ATTENDEE_IDS.name(), ProgrammeLifecycleContract.values(register, Vars.ATTENDEE_OPTIONS.name())));
    }
    for (MatchedPair pair : board.pairs()) {
      host.agree(pair.mentee().employeeId(), pair.mentor().employeeId());
    }
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    BOARD_MEMBERS.forEach(member -> host.complete(member, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09")));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    BOARD_MEMBERS.forEach(member -> host.complete(member, Forms.LOG_SESSION, FlipsideHost.session("2027-04-01")));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    for (MatchedPair pair : board.pairs()) {
      for (String respondent : List.of(pair.mentor().employeeId(), pair.mentee().employeeId())) {
        host.complete(respondent, Forms.FINAL_SURVEY, Map.of(Vars.CONFIDENCE_TALKING.name(), 4,
            Vars.UNDERSTANDING_ISSUES.name(), 5, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 4));
      }
    }
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.EVALUATION, "2016", LocalDate.of(2016, 3, 31)),
        FIGURES.formatted(2.9, 74, 21, 7.5));
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Understanding barriers to progression",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Take the learning into the leadership pathway",
        Vars.NEXT_STEP.name(), "finish"));
    assertThat(host.learning.delivered()).extracting(Recognition::employeeId)
        .as("each senior BME colleague who mentored a board member is recognised")
        .containsExactlyInAnyOrder(LEAD_1, LEAD_2, LEAD_3);

    // cohort 2: the cascade, BME staff at bands 5 and 6 mentored by the senior BME staff
    int deliveredBeforeTheCascade = host.notifier.delivered().size();
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "expand",
        Vars.MENTEE_MINIMUM_BAND.name(), 5, Vars.CASCADE.name(), true,
        Vars.RATIONALE.name(), "The business case for 2017/18: a second cohort, mentors mentoring others"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.notifier.recipientsOf(NotificationTopics.PLACE_OFFERED)).containsExactly(LEAD_4);
    assertThat(host.tasks(STAFF_1, Forms.APPLICATION)).as("nobody is invited before the waitlist answers").isEmpty();
    host.complete(LEAD_4, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "confirm"));

    List<Notification> cascadeInvitations = host.notifier.delivered().subList(deliveredBeforeTheCascade,
        host.notifier.delivered().size()).stream()
        .filter(sent -> sent.topic().equals(NotificationTopics.INVITATION_TO_APPLY)).toList();
    assertThat(cascadeInvitations).extracting(Notification::recipientId)
        .as("the network's staff who have not taken part, and the first cohort's mentors back as mentors; not the"
            + " board, nor the waitlisted mentor, who holds a place already")
        .containsExactlyInAnyOrder(LEAD_1, LEAD_2, LEAD_3, STAFF_1, STAFF_2, STAFF_3);
    assertThat(cascadeInvitations)
        .filteredOn(sent -> "returning-mentor".equals(sent.parameters().get(NotificationParameter.INVITED_AS.key())))
        .extracting(Notification::recipientId).containsExactlyInAnyOrder(LEAD_1, LEAD_2, LEAD_3);

    host.apply(LEAD_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression"));
    host.apply(LEAD_2, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression"));
    host.complete(LEAD_3, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    for (String staff : List.of(STAFF_1, STAFF_2, STAFF_3)) {
      host.apply(staff, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "career progression"));
    }
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    MatchOverview cascade = host.flipside.matchReview().matches(Actor.of(HR), programmeId);
    List<MatchedPair> cascadePairs = cascade.pairs().stream()
        .filter(pair -> List.of(STAFF_1, STAFF_2, STAFF_3).contains(pair.mentee().employeeId())).toList();
    assertThat(cascade.unmatched()).as("matched in full").isEmpty();
    assertThat(cascadePairs).as("three pairs for three mentees, no mentee above their mentor").hasSize(3)
        .allSatisfy(pair -> assertThat(pair.mentor().band()).isGreaterThanOrEqualTo(pair.mentee().band()));
    assertThat(cascadePairs).extracting(pair -> pair.mentor().employeeId())
        .as("the waitlisted mentor has the place they confirmed").containsExactlyInAnyOrder(LEAD_1, LEAD_2, LEAD_4);
    assertThat(cascadePairs).extracting(pair -> pair.mentor().employeeId() + "+" + pair.mentee().employeeId())
        .as("nobody mentors their own report")
        .doesNotContain(LEAD_1 + "+" + STAFF_1, LEAD_2 + "+" + STAFF_2, LEAD_4 + "+" + STAFF_3);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId))
        .extracting(ProgrammeStatus::cohortNumber, ProgrammeStatus::stage)
        .containsExactly(2, Stage.KICK_OFF_WORKSHOPS);

    // the years after: the trust's figures and what the board went on to do
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.FOLLOW_UP, "2017", LocalDate.of(2017, 3, 31)),
        FIGURES.formatted(3.4, 82, 44, 9.1));
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.FOLLOW_UP, "2018", LocalDate.of(2018, 3, 31)),
        FIGURES.formatted(4.1, 84, 51, 10.4));
    Commitment pathway = host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "Build the learning into the management and leadership development pathway", "The board",
        CommitmentStatus.IN_PROGRESS, null));
    host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "An annual BME staff conference opened by the chief executive", "The chief executive",
        CommitmentStatus.PLANNED, LocalDate.of(2028, 6, 1)));
    host.flipside.reports().updateCommitment(Actor.of(HR), programmeId, pathway.id(), CommitmentStatus.DONE);
    assertThat(host.flipside.reports().commitments(Actor.of(CEO), programmeId))
        .extracting(Commitment::madeBy, Commitment::status)
        .containsExactly(tuple("The board", CommitmentStatus.DONE),
            tuple("The chief executive", CommitmentStatus.PLANNED));

    String report = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html();
    String points = "<th>At scoping (2015)</th><th>At evaluation (2016)</th><th>Follow-up (2017)</th>"
        + "<th>Follow-up (2018)</th>";
    assertThat(report)
        .contains(points)
        .contains(row("BME: Bands 8-9 and VSM", "2.07%", "2.9%", "3.4%", "4.1%"))
        .contains(row("BME", "67%", "74%", "82%", "84%"))
        .contains(row("BME staff network", "6", "21", "44", "51"))
        .contains("BME staff at Band 7 and above at each point")
        .contains(row("Whole organisation", "6%", "7.5%", "9.1%", "10.4%"))
        .contains("Build the learning into the management and leadership development pathway</td><td>The board</td>"
            + "<td>Done (")
        .contains("An annual BME staff conference opened by the chief executive</td><td>The chief executive</td>"
            + "<td>Planned (")
        .contains("<td>Pairs formed</td><td class=\"figure\">3</td>")
        .doesNotContain("Employee bme-lead", "Employee ned");
  }

  private static String row(String line, String... figures) {
    StringBuilder row = new StringBuilder("<td>" + line + "</td>");
    for (String figure : figures) {
      row.append("<td class=\"figure\">").append(figure).append("</td>");
    }
    return row.toString();
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
