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
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.Notification;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.Test;

/**
 * The pair's journey when things go wrong, through Flipside's API alone: a pair says it isn't working and the
 * partner who asked is rematched from the waitlist; a mentor leaves mid-programme; a mentee changes role. Each
 * time the programme still reaches its evaluation with no step left waiting on someone who will never take it.
 */
abstract class PairSupportAndHostEventsContract extends HostedContract {

  private static final List<String> EVERYONE = List.of(
      CEO, TestOrganisation.DIR_FINANCE, DIR_OPS, MGR_FINANCE, TestOrganisation.MGR_OPS, FINANCE_1, OPS_1, OPS_2, HR);

  @Test
  void aPairThatIsNotWorkingIsRematchedFromTheWaitlist() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, MGR_FINANCE);
    host.complete(OPS_1, Forms.LOG_SESSION, FlipsideHost.session("2027-03-08"));
    String note = "We cannot agree on anything; I would rather not say more to my partner";

    assertThatThrownBy(() -> host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairing, note))
        .as("only the pair's own partners may ask").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.pairSupport().saySupportNeeded(Actor.of(MGR_FINANCE), pairing, "x".repeat(501)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field).containsExactly(Vars.NOTE.name()));
    assertThat(host.tasks(HR, Forms.SUPPORT_CONVERSATION)).as("a refused request opens nothing").isEmpty();

    int deliveredToOps1 = deliveredTo(OPS_1).size();
    List<String> ops1Steps = host.flipside.inbox().openTasks(Actor.of(OPS_1)).stream().map(OpenTask::formId).toList();
    host.flipside.pairSupport().saySupportNeeded(Actor.of(MGR_FINANCE), pairing, note);

    OpenTask conversation = host.task(HR, Forms.SUPPORT_CONVERSATION);
    assertThat(conversation.programmeId()).isEqualTo(programmeId);
    assertThat(conversation.data())
        .containsEntry(Vars.SUPPORT_REQUESTER_NAME.name(), "Employee mgr-finance")
        .containsEntry(Vars.SUPPORT_PARTNER_NAME.name(), "Employee ops-1")
        .containsEntry(Vars.SUPPORT_NOTE.name(), note);
    assertThat(deliveredTo(OPS_1)).as("the partner is not told of the request").hasSize(deliveredToOps1);
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1)))
        .extracting(OpenTask::formId).as("nothing new for the partner").containsExactlyElementsOf(ops1Steps);
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), note)).extracting(String::toLowerCase)
        .as("the note is in Flipside's own table alone, not in the engine's").containsExactly("fs_support_request.note");

    host.flipside.inbox().complete(Actor.of(HR), conversation.id(), Map.of(
        Vars.SUPPORT_DECISION.name(), "rematch", Vars.MESSAGE_TO_PARTNER.name(), "Your pairing has ended. Thank you for your time."));

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
    assertThat(host.learning.delivered()).as("the mentor rematched away after taking part is recognised")
        .singleElement().satisfies(recognition -> {
          assertThat(recognition.employeeId()).isEqualTo(OPS_1);
          assertThat(recognition.sessionsHeld()).isEqualTo(1);
        });
    assertThat(bodiesOf(HR, NotificationTopics.REMATCH_RESULT)).singleElement().asString()
        .startsWith("The pairing of Employee mgr-finance and ").contains("is closed: after a support conversation.")
        .endsWith("Employee mgr-finance now works with Employee ops-2.");
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION)).as("the new pair is introduced")
        .containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, MGR_FINANCE, OPS_1, OPS_2);
    assertThat(host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs())
        .extracting(pair -> pair.mentor().employeeId() + "+" + pair.mentee().employeeId())
        .containsExactlyInAnyOrder("finance-1+dir-ops", "ops-1+mgr-finance", "ops-2+mgr-finance");

    host.agree(MGR_FINANCE, OPS_2);
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.complete(OPS_2, Forms.LOG_SESSION, FlipsideHost.session("2027-03-30"));
    host.passTimeTo(Instant.parse("2027-04-11T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    assertThat(stage(programmeId)).as("the rest of the cohort does not wait for the rematched pair")
        .isEqualTo(Stage.EVALUATION);
    assertThat(host.notifier.recipientsOf(NotificationTopics.FINAL_SURVEY)).as("the rematched pair answers later")
        .containsExactly(DIR_OPS, FINANCE_1, OPS_1);
    assertThat(host.tasks(MGR_FINANCE, Forms.LOG_SESSION)).as("the rematched pair runs on").hasSize(1);
    for (String respondent : List.of(DIR_OPS, FINANCE_1, OPS_1)) {
      host.complete(respondent, Forms.FINAL_SURVEY, finalAnswers(4));
    }
    assertThat(host.tasks(HR, Forms.REVIEW_EVALUATION)).as("the evaluation goes on without the rematched pair")
        .hasSize(1);
    assertThat(host.database.count("fs_survey_response", "kind = 'FINAL'")).isEqualTo(3);
    assertThat(host.database.count("fs_survey_key", "destroyed_at IS NULL"))
        .as("the cohort's survey secret lives on for the late pair's answers").isEqualTo(1);

    host.passTimeTo(Instant.parse("2027-05-12T09:00:00Z"));
    assertThat(host.tasks(MGR_FINANCE, Forms.LOG_SESSION)).isEmpty();
    assertThat(host.notifier.recipientsOf(NotificationTopics.FINAL_SURVEY)).as("asked when their pair finished")
        .containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1, OPS_2);
    long released = host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses();
    host.complete(MGR_FINANCE, Forms.FINAL_SURVEY, finalAnswers(1));
    host.complete(OPS_2, Forms.FINAL_SURVEY, finalAnswers(1));

    assertThat(host.database.count("fs_survey_response", "kind = 'FINAL'"))
        .as("two late answers, fewer than the anonymity threshold, are never written").isEqualTo(3);
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses()).isEqualTo(released);
    assertThat(host.database.count("fs_survey_pending")).as("held back, then deleted unread").isZero();
    assertThat(host.database.count("fs_survey_key", "destroyed_at IS NULL")).as("the secret is destroyed").isZero();
    assertThat(host.learning.delivered()).extracting(Recognition::employeeId)
        .as("then the mentor of the pair that completed on time, and the new pair's mentor")
        .containsExactly(OPS_1, FINANCE_1, OPS_2);
    assertThat(host.tasks(HR, Forms.REVIEW_EVALUATION)).hasSize(1);
  }

  private static Map<String, Object> finalAnswers(int score) {
    return Map.of(Vars.CONFIDENCE_TALKING.name(), score, Vars.UNDERSTANDING_ISSUES.name(), score,
        Vars.CONFIDENCE_ASKING.name(), score, Vars.CONFIDENCE_SHARING.name(), score);
  }

  @Test
  void managerWhoLetsThePairContinueTellsThePartnerNothing() {
    String programmeId = pilotInItsSessions();
    String pairing = pairingOf(programmeId, DIR_OPS);
    int deliveredToFinance1 = deliveredTo(FINANCE_1).size();
    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairing, "");

    host.complete(HR, Forms.SUPPORT_CONVERSATION, Map.of(Vars.SUPPORT_DECISION.name(), "continue"));

    assertThat(deliveredTo(FINANCE_1)).hasSize(deliveredToFinance1);
    assertThat(bodiesOf(DIR_OPS, NotificationTopics.PAIRING_SUPPORT)).singleElement().asString().contains("your pairing continues");
    host.complete(FINANCE_1, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));
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
    assertThat(host.tasks(HR, Forms.SUPPORT_CONVERSATION)).as("the pair's open conversation ended too").isEmpty();
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "My mentor is about to leave"))
        .as("an undecided request's note goes with its conversation").isEmpty();
    assertThat(host.flipside.inbox().openTasks(Actor.of(FINANCE_1))).isEmpty();
    assertThat(host.flipside.inbox().openTasks(Actor.of(DIR_OPS))).extracting(OpenTask::formId)
        .as("the partner stays in the cohort: only the group's pre-reading is left, nothing of the closed pair")
        .containsOnly(Forms.PRE_READING);
    assertThat(bodiesOf(DIR_OPS, NotificationTopics.PARTNER_LEFT)).singleElement().asString()
        .startsWith("Your mentor has left the organisation");
    assertThat(bodiesOf(HR, NotificationTopics.REMATCH_RESULT)).singleElement().asString()
        .as("the only free mentor reports to dir-ops, so the matching rules him out")
        .contains("The pairing of Employee dir-ops and Employee finance-1 is closed: the partner left the organisation")
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
      host.complete(respondent, Forms.FINAL_SURVEY, Map.of(
          Vars.CONFIDENCE_TALKING.name(), 4, Vars.UNDERSTANDING_ISSUES.name(), 5, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 3));
    }
    assertThat(host.tasks(HR, Forms.REVIEW_EVALUATION))
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
    assertThat(bodiesOf(OPS_1, NotificationTopics.PARTNER_LEFT)).singleElement().asString().contains("has moved to a new role");
    assertThat(host.flipside.hostEvents().employeeChangedRole(MGR_FINANCE).changedAnything()).isFalse();

    passTheRemainingPeriods();
    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertOnlyFinalSurveysAreOpen(DIR_OPS, FINANCE_1, OPS_1);
  }

  @Test
  void aSponsorWhoLeavesHandsTheirOpenDecisionToTheProgrammeManager() {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());

    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(CEO);

    assertThat(outcome).extracting(HostEventOutcome::tasksEnded, HostEventOutcome::tasksReassigned).containsExactly(0, 1);
    assertThat(host.flipside.inbox().openTasks(Actor.of(CEO))).isEmpty();
    assertThat(host.flipside.hostEvents().employeeLeft(CEO).changedAnything()).isFalse();
    host.complete(HR, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
  }

  /**
   * Two pairs (finance-1 with dir-ops, ops-1 with mgr-finance) with confirmed agreements, ten days into their first
   * session period; ops-2 applied as a third mentor and waits on the waitlist.
   */
  private String pilotInItsSessions() {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression", Vars.LEARNING_INTERESTS.name(), "operations"));
    host.apply(OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, flexible working", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(OPS_2, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "flexible working", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, career progression", Vars.LEADS_AREA.name(), "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "flexible working", Vars.LEADS_AREA.name(), "finance"));
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), attendees(register)));
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
          .containsExactlyElementsOf(List.of(respondents).contains(employee) ? List.of(Forms.FINAL_SURVEY) : List.of());
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
    return ((List<Map<String, Object>>) register.data().get(Vars.ATTENDEE_OPTIONS.name())).stream()
        .map(option -> (String) option.get("value")).toList();
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
