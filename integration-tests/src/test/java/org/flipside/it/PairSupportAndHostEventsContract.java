package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.HostEventOutcome;
import org.flipside.api.MatchedPair;
import org.flipside.api.OpenTask;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * The pair's journey when things go wrong, through Flipside's API alone: a pair says it isn't working and the
 * partner who asked is rematched from the waitlist; a mentor leaves mid-programme; a mentee changes role. Each
 * time the programme still reaches its evaluation with no step left waiting on someone who will never take it.
 */
abstract class PairSupportAndHostEventsContract extends HostedContract {

  private static final String FINAL_SURVEY = "flipside-final-survey";
  private static final List<String> EVERYONE = List.of(
      CEO, TestOrganisation.DIR_FINANCE, DIR_OPS, MGR_FINANCE, TestOrganisation.MGR_OPS, FINANCE_1, OPS_1, OPS_2, HR);

  @Test
  void aPairThatIsNotWorkingIsRematchedFromTheWaitlist() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, MGR_FINANCE);
    String note = "We cannot agree on anything; I would rather not say more to my partner";

    assertThatThrownBy(() -> host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairing, note))
        .as("only the pair's own partners may ask").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.pairSupport().saySupportNeeded(Actor.of(MGR_FINANCE), pairing, "x".repeat(501)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field).containsExactly("note"));
    assertThat(host.tasks(HR, "flipside-support-conversation")).as("a refused request opens nothing").isEmpty();

    int deliveredToOps1 = deliveredTo(OPS_1).size();
    host.flipside.pairSupport().saySupportNeeded(Actor.of(MGR_FINANCE), pairing, note);

    OpenTask conversation = host.task(HR, "flipside-support-conversation");
    assertThat(conversation.programmeId()).isEqualTo(programmeId);
    assertThat(conversation.data())
        .containsEntry("supportRequesterName", "Employee mgr-finance")
        .containsEntry("supportPartnerName", "Employee ops-1")
        .containsEntry("supportNote", note);
    assertThat(deliveredTo(OPS_1)).as("the partner is not told of the request").hasSize(deliveredToOps1);
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1)))
        .extracting(OpenTask::formId).containsExactly("flipside-log-session");
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), note)).extracting(String::toLowerCase)
        .as("the note is in Flipside's own table alone, not in the engine's").containsExactly("fs_support_request.note");

    host.flipside.inbox().complete(Actor.of(HR), conversation.id(), Map.of(
        "supportDecision", "rematch", "messageToPartner", "Your pairing has ended. Thank you for your time."));

    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), note)).as("erased once decided").isEmpty();
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "Thank you for your time"))
        .as("the message to the partner went out without entering the engine")
        .noneMatch(place -> place.toLowerCase().startsWith("act_"));
    assertThat(host.database.count("fs_support_request", "requested_by = '" + MGR_FINANCE + "' AND decision = 'REMATCH'"
        + " AND decided_at IS NOT NULL AND note IS NULL")).as("who asked, when, and the decision stay").isEqualTo(1);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(host.database.count(table, "NAME_ IN ('supportNote', 'supportRequesterName', 'supportPartnerName',"
          + " 'supportRequestedBy', 'messageToPartner')")).as("support details in %s", table).isZero();
    }

    assertThat(deliveredTo(OPS_1)).extracting(Notification::body)
        .as("the partner hears exactly what the manager wrote, and nothing of the note")
        .contains("Your pairing has ended. Thank you for your time.")
        .noneMatch(body -> body.contains("cannot agree"));
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1))).as("the closed pair's steps are gone").isEmpty();
    assertThat(bodiesOf(HR, "rematch-result")).singleElement().asString()
        .isEqualTo("Employee mgr-finance now works with Employee ops-2.");
    assertThat(host.notifier.recipientsOf("match-introduction")).as("the new pair is introduced")
        .containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, MGR_FINANCE, OPS_1, OPS_2);
    assertThat(host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs())
        .extracting(pair -> pair.mentor().employeeId() + "+" + pair.mentee().employeeId())
        .containsExactlyInAnyOrder("finance-1+dir-ops", "ops-1+mgr-finance", "ops-2+mgr-finance");

    host.agree(MGR_FINANCE, OPS_2);
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.complete(OPS_2, "flipside-log-session", FlipsideHost.session("2027-03-30"));
    host.passTimeTo(Instant.parse("2027-04-11T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    assertThat(stage(programmeId)).as("the sessions stage waits for the rematched pair").isEqualTo(Stage.SESSIONS);

    host.passTimeTo(Instant.parse("2027-05-12T09:00:00Z"));
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertOnlyFinalSurveysAreOpen(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1, OPS_2);
  }

  @Test
  void managerWhoLetsThePairContinueTellsThePartnerNothing() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, DIR_OPS);
    int deliveredToFinance1 = deliveredTo(FINANCE_1).size();
    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairing, "");

    host.complete(HR, "flipside-support-conversation", Map.of("supportDecision", "continue"));

    assertThat(deliveredTo(FINANCE_1)).hasSize(deliveredToFinance1);
    assertThat(bodiesOf(DIR_OPS, "pairing-support")).singleElement().asString().contains("your pairing continues");
    host.complete(FINANCE_1, "flipside-log-session", FlipsideHost.session("2027-03-09"));
    assertThat(host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs()).hasSize(2);
  }

  @Test
  void aMentorWhoLeavesMidProgrammeLeavesNoStepBehind() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, DIR_OPS);
    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairing, "My mentor is about to leave");

    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(FINANCE_1);

    assertThat(outcome.closedPairingIds()).containsExactly(pairing);
    assertThat(outcome.placesEnded()).isEqualTo(1);
    assertThat(host.tasks(HR, "flipside-support-conversation")).as("the pair's open conversation ended too").isEmpty();
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "My mentor is about to leave"))
        .as("an undecided request's note goes with its conversation").isEmpty();
    assertThat(host.flipside.inbox().openTasks(Actor.of(FINANCE_1))).isEmpty();
    assertThat(host.flipside.inbox().openTasks(Actor.of(DIR_OPS))).extracting(OpenTask::formId)
        .as("the partner stays in the cohort: only the group's pre-reading is left, nothing of the closed pair")
        .containsOnly("flipside-pre-reading");
    assertThat(bodiesOf(DIR_OPS, "partner-left")).singleElement().asString()
        .startsWith("Your reverse mentor has left the organisation");
    assertThat(bodiesOf(HR, "rematch-result")).singleElement().asString()
        .as("the only free mentor reports to dir-ops, so the matching rules him out")
        .contains("Employee finance-1's pairing with Employee dir-ops is closed")
        .contains("Employee dir-ops is on the waitlist");

    int delivered = host.notifier.delivered().size();
    HostEventOutcome again = host.flipside.hostEvents().employeeLeft(FINANCE_1);
    assertThat(again.changedAnything()).as("a repeated report changes nothing").isFalse();
    assertThat(host.notifier.delivered()).hasSize(delivered);

    assertThatThrownBy(() -> host.flipside.hostEvents().employeeLeft("nobody-here"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("employeeId")
        .hasMessageContaining("nobody-here");

    passTheRemainingPeriods();
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertOnlyFinalSurveysAreOpen(DIR_OPS, MGR_FINANCE, OPS_1);

    HostEventOutcome surveyLeaver = host.flipside.hostEvents().employeeLeft(OPS_1);
    assertThat(surveyLeaver.tasksEnded()).as("a leaver's open survey ends").isEqualTo(1);
    for (String respondent : List.of(DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, FINAL_SURVEY, Map.of(
          "confidence_talking", 4, "understanding_issues", 5, "confidence_asking", 4, "confidence_sharing", 3));
    }
    assertThat(host.tasks(HR, "flipside-review-evaluation"))
        .as("the leaver's survey holds nothing up: the feedback is ready to group into themes").hasSize(1);
  }

  @Test
  void aMenteeWhoChangesRoleIsWaitlistedAndTheirMentorOfferedARematch() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, MGR_FINANCE);

    HostEventOutcome outcome = host.flipside.hostEvents().employeeChangedRole(MGR_FINANCE);

    assertThat(outcome.closedPairingIds()).containsExactly(pairing);
    assertThat(host.flipside.inbox().openTasks(Actor.of(MGR_FINANCE))).isEmpty();
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1))).isEmpty();
    assertThat(bodiesOf(OPS_1, "partner-left")).singleElement().asString().contains("has moved to a new role");
    assertThat(host.flipside.hostEvents().employeeChangedRole(MGR_FINANCE).changedAnything()).isFalse();

    passTheRemainingPeriods();
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertOnlyFinalSurveysAreOpen(DIR_OPS, FINANCE_1, OPS_1);
  }

  @Test
  void aSponsorWhoLeavesHandsTheirOpenDecisionToTheProgrammeManager() {
    String programmeId = host.createPilot();
    host.complete(HR, "flipside-scope-pilot", FlipsideHost.pilotScope());

    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(CEO);

    assertThat(outcome).extracting(HostEventOutcome::tasksEnded, HostEventOutcome::tasksReassigned).containsExactly(0, 1);
    assertThat(host.flipside.inbox().openTasks(Actor.of(CEO))).isEmpty();
    assertThat(host.flipside.hostEvents().employeeLeft(CEO).changedAnything()).isFalse();
    host.complete(HR, "flipside-sponsor-sign-off", Map.of("decision", "approve"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
  }

  /**
   * Two pairs (finance-1 with dir-ops, ops-1 with mgr-finance) with confirmed agreements, ten days into their first
   * session period; ops-2 applied as a third mentor and waits on the waitlist.
   */
  private String pilotInItsSessions() {
    String programmeId = host.createPilot();
    host.complete(HR, "flipside-scope-pilot", FlipsideHost.pilotScope());
    host.complete(CEO, "flipside-sponsor-sign-off", Map.of("decision", "approve"));
    host.apply(FINANCE_1, "mentor", Map.of("livedExperienceTopics", "race, career progression", "learningInterests", "operations"));
    host.apply(OPS_1, "mentor", Map.of("livedExperienceTopics", "race, flexible working", "learningInterests", "finance"));
    host.apply(OPS_2, "mentor", Map.of("livedExperienceTopics", "flexible working", "learningInterests", "finance"));
    host.apply(DIR_OPS, "mentee", Map.of("learningInterests", "race, career progression", "leadsArea", "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of("learningInterests", "flexible working", "leadsArea", "finance"));
    host.complete(CEO, "flipside-application", Map.of("interest", "none"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, "flipside-review-applications", Map.of());
    host.complete(HR, "flipside-review-matches", Map.of("decision", "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, "flipside-workshop-attendance")) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of("attendeeIds", attendees(register)));
    }
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    assertThat(stage(programmeId)).isEqualTo(Stage.SESSIONS);
    return programmeId;
  }

  /** Period by period, as each period opens when the previous one's timer fires. */
  private void passTheRemainingPeriods() {
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
  }

  private String pairingOf(String programmeId, String mentee) {
    return host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs().stream()
        .filter(pair -> pair.mentee().employeeId().equals(mentee))
        .map(MatchedPair::pairingId)
        .findFirst().orElseThrow();
  }

  /** Every employee's inbox holds at most the final survey, and exactly the respondents have one. */
  private void assertOnlyFinalSurveysAreOpen(String... respondents) {
    for (String employee : EVERYONE) {
      assertThat(host.flipside.inbox().openTasks(Actor.of(employee)))
          .as("%s's open tasks", employee)
          .extracting(OpenTask::formId)
          .containsExactlyElementsOf(List.of(respondents).contains(employee) ? List.of(FINAL_SURVEY) : List.of());
    }
  }

  private List<Notification> deliveredTo(String employeeId) {
    return host.notifier.delivered().stream().filter(n -> n.recipientId().equals(employeeId)).toList();
  }

  private List<String> bodiesOf(String employeeId, String topic) {
    return deliveredTo(employeeId).stream().filter(n -> n.topic().equals(topic)).map(Notification::body).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> attendees(OpenTask register) {
    return ((List<Map<String, Object>>) register.data().get("attendeeOptions")).stream()
        .map(option -> (String) option.get("value")).toList();
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
