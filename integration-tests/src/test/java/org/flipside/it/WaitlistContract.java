package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * The waitlist as a promise, through Flipside's API: a pilot of one pair leaves two mentors and two mentees on its
 * waitlist; the next cohort offers them a place before anyone else is invited, and takes those who confirm ahead of
 * new applicants; if the sponsor stops the programme instead, they are told.
 */
abstract class WaitlistContract extends HostedContract {

  private static final List<String> WAITLISTED = List.of(MGR_FINANCE, MGR_OPS, OPS_1, OPS_2);

  @Test
  void theNextCohortOffersTheWaitlistAPlaceFirstAndTakesThoseWhoConfirmAheadOfNewApplicants() {
    String programmeId = pilotEvaluatedWithAWaitlist();

    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "continue",
        Vars.RATIONALE.name(), "Run it again"));

    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    for (String waiting : WAITLISTED) {
      assertThat(host.tasks(waiting, Forms.CONFIRM_PLACE)).as("%s is offered a place", waiting).hasSize(1);
    }
    assertThat(host.notifier.recipientsOf(NotificationTopics.PLACE_OFFERED)).containsExactlyElementsOf(WAITLISTED);
    assertThat(host.tasks(FINANCE_1, Forms.CONFIRM_PLACE)).as("took part, was never waitlisted").isEmpty();
    assertThat(host.tasks(CEO, Forms.APPLICATION)).as("nobody else is invited while the waitlist answers").isEmpty();

    host.complete(OPS_1, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "confirm"));
    host.complete(OPS_2, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "confirm"));
    host.complete(MGR_FINANCE, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "confirm"));
    assertThat(host.tasks(CEO, Forms.APPLICATION)).as("mgr-ops has not answered yet").isEmpty();
    host.complete(MGR_OPS, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "decline"));

    assertThat(host.tasks(CEO, Forms.APPLICATION)).as("once the waitlist has answered, the invitations go out")
        .hasSize(1);
    for (String confirmed : List.of(OPS_1, OPS_2, MGR_FINANCE)) {
      assertThat(applications(confirmed, 2, "ELIGIBLE AND waitlisted_from IS NOT NULL"))
          .as("%s's confirmed place is carried over as an application to cohort 2", confirmed).isEqualTo(1);
      assertThat(applications(confirmed, 1, "CARRIED_OVER")).isEqualTo(1);
      assertThat(host.tasks(confirmed, Forms.APPLICATION)).as("%s is not invited to apply again", confirmed).isEmpty();
    }
    assertThat(applications(MGR_OPS, 1, "PLACE_DECLINED")).as("a declined place is released").isEqualTo(1);
    assertThat(applications(MGR_OPS, 2, "ELIGIBLE")).isZero();

    host.apply(CEO, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "the board"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    assertThat(applications(OPS_1, 2, "APPROVED")).as("the cohort takes one mentor: the first to have applied")
        .isEqualTo(1);
    assertThat(applications(OPS_2, 2, "WAITLISTED")).as("waits, carried over again, for the cohort after")
        .isEqualTo(1);
    assertThat(applications(MGR_FINANCE, 2, "APPROVED")).as("the waitlisted mentee comes before the new applicant")
        .isEqualTo(1);
    assertThat(applications(CEO, 2, "WAITLISTED")).as("a new applicant comes after the waitlist").isEqualTo(1);
    assertThat(host.notifier.recipientsOf(NotificationTopics.APPLICATION_WAITLISTED))
        .as("waitlisted in the pilot, then in cohort 2").containsExactly(CEO, MGR_FINANCE, MGR_OPS, OPS_1, OPS_2, OPS_2);
  }

  @Test
  void anOfferNobodyAnswersLapsesAfterAWeekAndThePersonStaysOnTheWaitlist() {
    pilotEvaluatedWithAWaitlist();
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "continue",
        Vars.RATIONALE.name(), "Run it again"));
    host.complete(OPS_1, Forms.CONFIRM_PLACE, Map.of(Vars.PLACE_ANSWER.name(), "confirm"));

    host.passTime(Duration.ofDays(6));
    assertThat(host.tasks(CEO, Forms.APPLICATION)).isEmpty();
    host.passTime(Duration.ofDays(1).plusMinutes(1));

    for (String waiting : WAITLISTED) {
      assertThat(host.tasks(waiting, Forms.CONFIRM_PLACE)).as("%s's offer lapsed", waiting).isEmpty();
    }
    assertThat(host.tasks(CEO, Forms.APPLICATION)).hasSize(1);
    assertThat(applications(OPS_1, 2, "ELIGIBLE")).isEqualTo(1);
    for (String unanswered : List.of(OPS_2, MGR_FINANCE, MGR_OPS)) {
      assertThat(applications(unanswered, 1, "WAITLISTED")).as("%s stays on the waitlist", unanswered).isEqualTo(1);
    }
  }

  @Test
  void stoppingTheProgrammeTellsEveryoneStillOnTheWaitlist() {
    String programmeId = pilotEvaluatedWithAWaitlist();
    host.organisation.leave(MGR_OPS);

    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "stop",
        Vars.RATIONALE.name(), "The board has other priorities"));

    assertThat(stage(programmeId)).isEqualTo(Stage.CLOSED);
    assertThat(host.notifier.recipientsOf(NotificationTopics.WAITLIST_ENDED)).as("not the leaver, nor those who took part")
        .containsExactly(MGR_FINANCE, OPS_1, OPS_2);
    assertThat(host.notifier.delivered().stream()
        .filter(sent -> sent.topic().equals(NotificationTopics.WAITLIST_ENDED)))
        .allSatisfy(sent -> assertThat(sent.parameters()).containsEntry("endedBecause", "stopped"))
        .filteredOn(sent -> sent.locale().getLanguage().equals("en")).isNotEmpty()
        .allSatisfy(sent -> assertThat(sent.body()).contains("The sponsor decided to stop the programme"));
    assertThat(host.database.count("fs_application", "status = 'WAITLISTED'")).isZero();
    assertThat(host.tasks(OPS_1, Forms.CONFIRM_PLACE)).isEmpty();
  }

  /**
   * A pilot that takes one pair (finance-1 mentors dir-ops) and waitlists the other applicants (ops-1 and ops-2,
   * mgr-finance and mgr-ops, in the order they applied), run through its sessions and evaluation to the sponsor's
   * rollout decision.
   */
  private String pilotEvaluatedWithAWaitlist() {
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), 1);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "operations"));
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "operations"));
    host.apply(OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "finance"));
    host.apply(OPS_2, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(MGR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "operations"));
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.notifier.recipientsOf(NotificationTopics.APPLICATION_WAITLISTED)).containsExactlyElementsOf(WAITLISTED);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    host.agree(DIR_OPS, FINANCE_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    for (String respondent : List.of(FINANCE_1, DIR_OPS)) {
      host.complete(respondent, Forms.FINAL_SURVEY, Map.of(Vars.CONFIDENCE_TALKING.name(), 4,
          Vars.UNDERSTANDING_ISSUES.name(), 4, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 4));
    }
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Diverse interview panels",
        Vars.NEXT_STEP.name(), "finish"));
    assertThat(stage(programmeId)).isEqualTo(Stage.ROLLOUT);
    return programmeId;
  }

  /** How many of the employee's applications to the cohort have this status (and whatever else the SQL adds). */
  private long applications(String employeeId, int cohortNumber, String status) {
    String[] parts = status.split(" AND ", 2);
    return host.database.count("fs_application", "employee_id = '" + employeeId + "' AND status = '" + parts[0] + "'"
        + (parts.length > 1 ? " AND " + parts[1] : "")
        + " AND cohort_id IN (SELECT id FROM fs_cohort WHERE number = " + cohortNumber + ")");
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
