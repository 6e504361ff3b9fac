package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.api.Actor;
import org.flipside.api.DeliveryRole;
import org.flipside.api.FocusDimension;
import org.flipside.api.MatchedPair;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.Notification;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.Test;

/**
 * The Inclusive Employers guide replayed whole at a housing association, through Flipside's API alone: the
 * directors' pilot is co-designed with the staff networks, whose representatives review the scope before the
 * chief executive signs it off; one pair is rematched mid-programme and runs on without holding back the rest of
 * the cohort's final survey and evaluation (the other pairs finish on 1 May and are asked then; the late pair's
 * answers join later only within the anonymity rules), and the mentor rematched away is still recognised; then the
 * programme expands to the heads of service, with the pilot's people as ambassadors.
 */
abstract class InclusiveEmployersReplayContract extends HostedContract {

  private static final String DIR_HOUSING = "dir-housing";
  private static final String HEAD_OF_HOUSING = "head-of-housing";
  private static final String HOUSING_1 = "housing-1";
  private static final String RACE_NETWORK = "race-network-chair";
  private static final String LGBT_NETWORK = "lgbt-network-chair";
  private static final List<String> DIRECTORS = List.of(DIR_FINANCE, DIR_OPS, DIR_HOUSING);
  private static final LocalDate PILOT_ENDS = LocalDate.of(2027, 5, 1);

  @Override
  FlipsideHost host(TestDatabase database) {
    TestOrganisation association = new TestOrganisation();
    association.add(DIR_HOUSING, 9, "Director", "Housing", CEO);
    association.add(HEAD_OF_HOUSING, 8, "Head of service", "Housing services", DIR_HOUSING);
    association.add(HOUSING_1, 4, "Band 4", "Neighbourhoods", HEAD_OF_HOUSING);
    association.add(RACE_NETWORK, 6, "Band 6", "Customer services", MGR_OPS);
    association.add(LGBT_NETWORK, 6, "Band 6", "Repairs", MGR_FINANCE);
    return new FlipsideHost(database, association);
  }

  @Test
  void directorsCoDesignedWithTheNetworksOnePairRematchedWithoutDelayThenExpandedWithAmbassadors() {
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "Directors' reverse mentoring pilot", ProgrammeMode.REVERSE, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "reverse mentor", "reverse mentee", CEO)).id();
    for (String representative : List.of(RACE_NETWORK, LGBT_NETWORK)) {
      host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.STAFF_NETWORK_REPRESENTATIVE,
          representative);
    }

    // co-design: the networks review the scope before the chief executive signs it off
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.putAll(Map.of(Vars.COHORT_SIZE.name(), 3, Vars.MENTEE_MINIMUM_BAND.name(), 9,
        Vars.STAFF_NETWORKS.name(), "Race equality network; LGBTQ+ network",
        Vars.GAP_ANALYSIS.name(), "No director is from an ethnic minority; 14% of our colleagues are"));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the chief executive waits for the networks").isEmpty();
    assertThat((String) host.task(RACE_NETWORK, Forms.CO_DESIGN_REVIEW).data().get(Vars.CO_DESIGN_SCOPE.name()))
        .contains("Gap analysis: No director is from an ethnic minority", "Pairs: 3");
    host.complete(RACE_NETWORK, Forms.CO_DESIGN_REVIEW, Map.of(Vars.CO_DESIGN_SUGGESTIONS.name(),
        "Mentors should choose whether to meet online first"));
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("one network has still to review").isEmpty();
    host.complete(LGBT_NETWORK, Forms.CO_DESIGN_REVIEW, Map.of(Vars.CO_DESIGN_ENDORSED.name(), true));
    assertThat(bodiesOf(HR, NotificationTopics.SCOPE_REVIEWED)).hasSize(2)
        .anySatisfy(body -> assertThat(body).contains("Mentors should choose whether to meet online first"))
        .anySatisfy(body -> assertThat(body).contains("endorses it as it stands"));
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("staff up to band 5 as mentors, the executive team as mentees; not the networks' representatives")
        .containsExactly(CEO, DIR_FINANCE, DIR_HOUSING, DIR_OPS, FINANCE_1, HOUSING_1, OPS_1, OPS_2);

    for (String mentor : List.of(FINANCE_1, OPS_1, HOUSING_1, OPS_2)) {
      host.apply(mentor, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, being new to housing",
          Vars.LEARNING_INTERESTS.name(), "strategy"));
    }
    for (String director : DIRECTORS) {
      host.apply(director, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(),
          "strategy"));
    }
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.notifier.recipientsOf(NotificationTopics.APPLICATION_WAITLISTED)).containsExactly(OPS_2);
    List<MatchedPair> pilotPairs = host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs();
    assertThat(pilotPairs).extracting(pair -> pair.mentee().employeeId())
        .containsExactlyInAnyOrderElementsOf(DIRECTORS);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of(Vars.ATTENDEE_IDS.name(), ProgrammeLifecycleContract.values(register, Vars.ATTENDEE_OPTIONS.name())));
    }
    pilotPairs.forEach(pair -> host.agree(pair.mentee().employeeId(), pair.mentor().employeeId()));
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    DIRECTORS.forEach(director -> host.complete(director, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09")));

    // the housing director's pairing is not working: rematched with the waitlisted mentor
    MatchedPair notWorking = pilotPairs.stream().filter(pair -> pair.mentee().employeeId().equals(DIR_HOUSING))
        .findFirst().orElseThrow();
    String rematchedAway = notWorking.mentor().employeeId();
    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_HOUSING), notWorking.pairingId(), "");
    host.complete(HR, Forms.SUPPORT_CONVERSATION, Map.of(Vars.SUPPORT_DECISION.name(), "rematch",
        Vars.MESSAGE_TO_PARTNER.name(), "Your pairing has ended. Thank you for your time and what you shared."));
    assertThat(host.learning.delivered()).as("the mentor rematched away after taking part is recognised")
        .singleElement().satisfies(recognition -> {
          assertThat(recognition.employeeId()).isEqualTo(rematchedAway);
          assertThat(recognition.sessionsHeld()).isEqualTo(1);
          assertThat(recognition.periodTo()).isEqualTo(LocalDate.of(2027, 3, 10));
        });
    host.agree(DIR_HOUSING, OPS_2);
    // each period's timer fires on time, as a host's job executor runs it; the next period starts then
    host.passTimeTo(Instant.parse("2027-04-01T00:00:00Z"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    DIRECTORS.forEach(director -> host.complete(director, Forms.LOG_SESSION, FlipsideHost.session("2027-04-01")));
    host.passTimeTo(Instant.parse("2027-04-10T09:00:00Z"));

    // 1 May: the pairs that ran on time finish and are asked at once; the rematched pair runs on
    host.passTimeTo(Instant.parse("2027-05-01T09:00:00Z"));
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    List<String> onTime = pilotPairs.stream().filter(pair -> pair != notWorking)
        .flatMap(pair -> List.of(pair.mentor().employeeId(), pair.mentee().employeeId()).stream()).toList();
    for (String respondent : onTime) {
      assertThat(createdOn(host.task(respondent, Forms.FINAL_SURVEY))).as("%s's final survey", respondent)
          .isEqualTo(PILOT_ENDS);
    }
    assertThat(createdOn(host.task(rematchedAway, Forms.FINAL_SURVEY)))
        .as("the mentor rematched away took part and is asked with them").isEqualTo(PILOT_ENDS);
    assertThat(host.tasks(DIR_HOUSING, Forms.FINAL_SURVEY)).as("the late pair is asked when it finishes").isEmpty();
    assertThat(host.tasks(OPS_2, Forms.FINAL_SURVEY)).isEmpty();
    assertThat(host.tasks(DIR_HOUSING, Forms.LOG_SESSION)).as("the rematched pair runs on").hasSize(1);
    for (String respondent : concat(onTime, rematchedAway)) {
      host.complete(respondent, Forms.FINAL_SURVEY, finalAnswers(4));
    }
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Power dynamics in who arranges meetings",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Leaders send the invitations",
        Vars.NEXT_STEP.name(), "finish"));
    assertThat(host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html())
        .as("the evaluation is compiled while the late pair still meets")
        .contains("<td>Survey responses</td><td class=\"figure\">5</td>");
    assertThat(host.tasks(CEO, Forms.ROLLOUT_DECISION)).hasSize(1);
    assertThat(host.tasks(DIR_HOUSING, Forms.LOG_SESSION)).hasSize(1);

    // the late pair finishes two months after its rematch, and is asked then
    host.passTimeTo(Instant.parse("2027-05-06T09:00:00Z"));
    host.complete(DIR_HOUSING, Forms.LOG_SESSION, FlipsideHost.session("2027-05-05"));
    host.passTimeTo(Instant.parse("2027-05-10T09:00:00Z"));
    Recognition lateMentor = recognitionOf(OPS_2);
    assertThat(lateMentor.periodTo()).as("two months after the rematch").isEqualTo(LocalDate.of(2027, 5, 10));
    for (String respondent : List.of(DIR_HOUSING, OPS_2)) {
      assertThat(createdOn(host.task(respondent, Forms.FINAL_SURVEY))).as("%s's final survey", respondent)
          .isEqualTo(lateMentor.periodTo());
    }
    long released = host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses();
    host.complete(DIR_HOUSING, Forms.FINAL_SURVEY, finalAnswers(2));
    host.complete(OPS_2, Forms.FINAL_SURVEY, finalAnswers(2));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses())
        .as("two late answers are fewer than the anonymity threshold: held back, never released").isEqualTo(released);
    assertThat(host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html())
        .contains("<td>Survey responses</td><td class=\"figure\">5</td>");
    assertThat(host.learning.delivered()).extracting(Recognition::employeeId)
        .as("every mentor who took part: rematched away, on time, and late")
        .containsExactlyInAnyOrderElementsOf(concat(pilotPairs.stream().map(pair -> pair.mentor().employeeId())
            .toList(), OPS_2));
    pilotPairs.stream().filter(pair -> pair != notWorking).forEach(pair ->
        assertThat(recognitionOf(pair.mentor().employeeId()).periodTo()).isEqualTo(PILOT_ENDS));

    // rollout: the heads of service next, the pilot's people as ambassadors
    int deliveredBeforeRollout = host.notifier.delivered().size();
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "expand",
        Vars.MENTEE_MINIMUM_BAND.name(), 8, Vars.RATIONALE.name(), "Offer it to the heads of service"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(concat(concat(onTime, OPS_2), rematchedAway).stream()
        .filter(person -> !host.tasks(person, Forms.AMBASSADOR_INVITATION).isEmpty()))
        .as("those who completed the pilot, the late pair among them").containsExactlyInAnyOrderElementsOf(
            concat(onTime, OPS_2));
    host.complete(DIR_OPS, Forms.AMBASSADOR_INVITATION, Map.of(Vars.AMBASSADOR_ANSWER.name(), "accept"));
    host.passTime(Duration.ofHours(2));
    host.complete(OPS_2, Forms.AMBASSADOR_INVITATION, Map.of(Vars.AMBASSADOR_ANSWER.name(), "accept"));
    host.complete(DIR_FINANCE, Forms.AMBASSADOR_INVITATION, Map.of(Vars.AMBASSADOR_ANSWER.name(), "decline"));

    List<Notification> invitations = host.notifier.delivered().subList(deliveredBeforeRollout,
        host.notifier.delivered().size()).stream()
        .filter(sent -> sent.topic().equals(NotificationTopics.INVITATION_TO_APPLY)).toList();
    assertThat(invitations).extracting(Notification::recipientId)
        .as("the heads of service, and the chief executive who did not take part; nobody from the pilot")
        .containsExactlyInAnyOrder(CEO, HEAD_OF_HOUSING, MGR_FINANCE, MGR_OPS);
    assertThat(host.task(HEAD_OF_HOUSING, Forms.APPLICATION).data().get(Vars.AMBASSADORS_NOTE.name()))
        .as("in the order they accepted").isEqualTo("Ask our ambassadors from the last cohort what taking part is"
            + " like: Employee dir-ops, Employee ops-2.");
    assertThat(host.flipside.programmes().status(Actor.of(CEO), programmeId).cohortNumber()).isEqualTo(2);
  }

  private static Map<String, Object> finalAnswers(int score) {
    return Map.of(Vars.CONFIDENCE_TALKING.name(), score, Vars.UNDERSTANDING_ISSUES.name(), score,
        Vars.CONFIDENCE_ASKING.name(), score, Vars.CONFIDENCE_SHARING.name(), score);
  }

  private static LocalDate createdOn(OpenTask task) {
    return task.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static List<String> concat(List<String> ids, String another) {
    return Stream.concat(ids.stream(), Stream.of(another)).toList();
  }

  private Recognition recognitionOf(String mentor) {
    return host.learning.delivered().stream().filter(recognition -> recognition.employeeId().equals(mentor))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no recognition for " + mentor));
  }

  private List<String> bodiesOf(String recipientId, String topic) {
    return host.notifier.delivered().stream()
        .filter(sent -> sent.recipientId().equals(recipientId) && sent.topic().equals(topic))
        .map(Notification::body).toList();
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
