package org.flipside.it;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.RolloutChoice;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.EventKind;
import org.flipside.api.GoalHorizon;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ScopeGoal;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.junit.jupiter.api.Test;

/**
 * A pilot runs through all seven stages through Flipside's API alone, on the real engine and
 * database: two pairs, one of which ends early, a missed session, and a decision to stop.
 */
abstract class ProgrammeLifecycleContract extends HostedContract {

  /** A week before sessions start on 2027-03-01, a Monday; the mentees' workshop follows at 14:00. */
  private static final Instant MENTORS_WORKSHOP = Instant.parse("2027-02-22T10:00:00Z");
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Test
  void aPilotScopedToADepartmentInvitesOnlyItsPeopleInTheBands() {
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.RECRUIT_DEPARTMENTS.name(), "Operations\n");
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .containsExactly("dir-ops", "mgr-ops", "ops-1", "ops-2");
  }

  @Test
  void aPilotScopedToADirectorateIsRefusedWhatCannotWorkAndShowsTheSponsorTheWholeScope() {
    String programmeId = host.createPilot();
    assertThat(host.task(HR, Forms.SCOPE_PILOT).data().get(Vars.ELIGIBLE_SUMMARY.name()).toString())
        .as("nothing to count before the bands are chosen").contains("Once you choose the bands");
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.remove(Vars.GOALS.name());
    scope.put(Vars.RECRUIT_DEPARTMENTS.name(), TestOrganisation.CORPORATE_SERVICES);
    scope.put(Vars.SHORT_TERM_GOALS.name(), "Leaders hear BME colleagues' experience first hand | 2 pairs complete");
    scope.put(Vars.LONG_TERM_GOALS.name(), "BME staff in Bands 8-9 match the workforce | 11% by 2030\nA trust BME staff "
        + "recommend");

    scope.put(Vars.COHORT_SIZE.name(), 3);
    assertRefused(scope, Vars.COHORT_SIZE.name(), "3 pairs", "1 reverse mentor and 2 reverse mentees");
    scope.put(Vars.COHORT_SIZE.name(), 2);
    scope.put(Vars.APPLICATION_WINDOW_DAYS.name(), 60);
    assertRefused(scope, Vars.APPLICATION_WINDOW_DAYS.name(), "2027-03-05", "2027-03-01");
    scope.put(Vars.SHORT_TERM_GOALS.name(), "| 2 pairs complete");
    scope.put(Vars.APPLICATION_WINDOW_DAYS.name(), 14);
    assertRefused(scope, Vars.SHORT_TERM_GOALS.name(), "target without a goal");
    assertThat(host.flipside.programmes().scope(Actor.of(HR), programmeId).cohortSize())
        .as("a refused scope changes nothing").isNull();

    scope.put(Vars.SHORT_TERM_GOALS.name(), "Leaders hear BME colleagues' experience first hand | 2 pairs complete");
    host.complete(HR, Forms.SCOPE_PILOT, scope);

    ProgrammeScope signedOff = host.flipside.programmes().scope(Actor.of(CEO), programmeId);
    assertThat(signedOff.goals()).as("goals are optional").isNull();
    assertThat(signedOff.horizonGoals()).containsExactly(
        new ScopeGoal(GoalHorizon.SHORT_TERM, "Leaders hear BME colleagues' experience first hand", "2 pairs complete"),
        new ScopeGoal(GoalHorizon.LONG_TERM, "BME staff in Bands 8-9 match the workforce", "11% by 2030"),
        new ScopeGoal(GoalHorizon.LONG_TERM, "A trust BME staff recommend", null));
    assertThat(signedOff.gapAnalysis()).isEqualTo("BME staff are 11% of the workforce and 2% of Bands 8-9");
    assertThat(signedOff.staffNetworks()).isEqualTo("BME staff network");
    assertThat(signedOff.recruitDepartments()).containsExactly(TestOrganisation.CORPORATE_SERVICES);
    assertThat(List.of(signedOff.eligibleMentors(), signedOff.eligibleMentees()))
        .as("finance-1 as mentor; dir-finance and mgr-finance as mentees").containsExactly(1, 2);
    assertThat(signedOff.cohortSize()).isEqualTo(2);
    assertThat(signedOff.sessionsStart()).hasToString("2027-03-01");
    assertThat(signedOff.matchingRules()).contains("Never pair people in one line-management chain");
    assertThatThrownBy(() -> host.flipside.programmes().scope(Actor.of(OPS_1), programmeId))
        .isInstanceOf(AccessDeniedException.class);

    String summary = host.task(CEO, Forms.SPONSOR_SIGN_OFF).data().get(Vars.SCOPE_SUMMARY.name()).toString();
    assertThat(summary).contains("No fixed outcomes set", "**Short term**",
        "Leaders hear BME colleagues' experience first hand (target: 2 pairs complete)", "**Long term**",
        "BME staff are 11% of the workforce", "BME staff network", "Band 5 and below", "Band 8c and above",
        TestOrganisation.CORPORATE_SERVICES, "1 reverse mentor, 2 reverse mentees", "Pairs: 2", "Sessions start: 2027-03-01",
        "Never pair people in one line-management chain")
        .as("the sponsor sits outside the directorate recruited from").doesNotContain("within the audience");
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the directorate's people in the bands, no one from Operations")
        .containsExactly("dir-finance", "finance-1", "mgr-finance");
  }

  @Test
  void aPilotScopedToAHostGroupInvitesItsMembersAndTheScopeFormCountsThem() {
    host.organisation.join(OPS_1, "BME staff network");
    host.organisation.join(OPS_2, "BME staff network");
    host.organisation.join(DIR_OPS, "BME staff network");
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.RECRUIT_HOST_GROUPS.name(), "BME staff network");
    scope.put(Vars.COHORT_SIZE.name(), 1);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "revise"));

    assertThat(host.task(HR, Forms.SCOPE_PILOT).data().get(Vars.ELIGIBLE_SUMMARY.name()).toString())
        .contains("2 reverse mentors and 1 reverse mentee are eligible");
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the network's members, each on their bands' side")
        .containsExactly("dir-ops", "ops-1", "ops-2");
  }

  private void assertRefused(Map<String, Object> scope, String field, String... problem) {
    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .isInstanceOfSatisfying(ValidationException.class, refused ->
            assertThat(refused.errors()).singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(field);
              assertThat(error.problem()).contains(problem);
            }));
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).isEmpty();
  }

  @Test
  void aNamedListInvitesOnlyThoseNamedAndAnUnknownNameIsRefused() {
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.RECRUIT_EMPLOYEES.name(), "ops-1\nnobody");
    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .isInstanceOfSatisfying(ValidationException.class, refused ->
            assertThat(refused.errors()).singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(Vars.RECRUIT_EMPLOYEES.name());
              assertThat(error.problem()).contains("nobody");
            }));

    scope.put(Vars.RECRUIT_EMPLOYEES.name(), "ops-1\ndir-finance\nhr");
    scope.put(Vars.COHORT_SIZE.name(), 1);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("hr is named but in neither side's bands").containsExactly("dir-finance", "ops-1");
  }

  @Test
  void eachSideCanComeFromItsOwnAudienceAndTheSponsorSeesIt() {
    // mentors from the staff network, mentees a named board: a board member in the network is still a mentee
    host.organisation.join(OPS_1, "BME staff network");
    host.organisation.join(FINANCE_1, "BME staff network");
    host.organisation.join(DIR_OPS, "BME staff network");
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.RECRUIT_MENTOR_HOST_GROUPS.name(), "BME staff network");
    scope.put(Vars.RECRUIT_MENTEE_EMPLOYEES.name(), "dir-ops\nnobody");
    assertRefused(scope, Vars.RECRUIT_MENTEE_EMPLOYEES.name(), "nobody");

    scope.put(Vars.RECRUIT_MENTEE_EMPLOYEES.name(), "dir-ops\nceo");
    scope.put(Vars.COHORT_SIZE.name(), 1);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    ProgrammeScope signedOff = host.flipside.programmes().scope(Actor.of(CEO), programmeId);
    assertThat(signedOff.mentorsFrom().hostGroups()).containsExactly("BME staff network");
    assertThat(signedOff.menteesFrom().employeeIds()).containsExactly("dir-ops", "ceo");
    assertThat(signedOff.eligibleMentors()).isEqualTo(2);
    assertThat(signedOff.eligibleMentees()).isEqualTo(2);
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF).data().get(Vars.SCOPE_SUMMARY.name()).toString())
        .contains("only: from BME staff network", "only: a named list of 2");
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the network's members in the mentors' bands and the named board, no one else")
        .containsExactly("ceo", "dir-ops", "finance-1", "ops-1");
  }

  @Test
  void movingAKickOffWorkshopMovesWhenTheRegistersOpen() {
    String programmeId = host.pilotAwaitingMatchReview();
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    PlannedEvent kickOff = host.flipside.events().events(Actor.of(HR), programmeId).stream()
        .filter(event -> event.kind() == EventKind.MENTEE_KICK_OFF).findFirst().orElseThrow();
    Instant weekLater = kickOff.start().plus(Duration.ofDays(7));
    host.flipside.events().move(Actor.of(HR), kickOff.id(), weekLater,
        weekLater.plus(Duration.between(kickOff.start(), kickOff.end())), null);

    host.passTimeTo(kickOff.end().plus(Duration.ofDays(1)));
    assertThat(host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)).as("the mentees' workshop has not been held").isEmpty();
    host.passTimeTo(weekLater.plus(Duration.ofDays(1)));
    assertThat(host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)).as("a register for each workshop").hasSize(2);
  }

  @Test
  void aPilotRunsFromScopingToTheDecisionToStop() throws Exception {
    String programmeId = host.createPilot();
    assertThat(stage(programmeId)).isEqualTo(Stage.PILOT_SCOPING);

    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("bands up to 5 and from 8 are invited; HR (band 7) is not")
        .containsExactly("ceo", "dir-finance", "dir-ops", "finance-1", "mgr-finance", "mgr-ops", "ops-1", "ops-2");

    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression", Vars.LEARNING_INTERESTS.name(), "operations"));
    host.apply(OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, flexible working", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race, career progression", Vars.LEADS_AREA.name(), "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "flexible working", Vars.LEADS_AREA.name(), "finance"));
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));

    host.passTime(Duration.ofDays(15));
    OpenTask review = host.task(HR, Forms.REVIEW_APPLICATIONS);
    assertThat(review.data()).containsEntry(Vars.MENTOR_APPLICANTS.name(), 2).containsEntry(Vars.MENTEE_APPLICANTS.name(), 2);
    assertThat(host.tasks("ops-2", Forms.APPLICATION)).as("the window closed on unanswered invitations").isEmpty();
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    assertThat(stage(programmeId)).isEqualTo(Stage.MATCHING);
    OpenTask proposal = host.task(HR, Forms.REVIEW_MATCHES);
    assertThat(proposal.data().get(Vars.PROPOSED_PAIRS.name())).isEqualTo(2);
    assertThat((String) proposal.data().get(Vars.FAIRNESS_SUMMARY.name()))
        .as("two people a side are too few to show any group").contains("fewer than 5 people");
    assertThat(labels(proposal, Vars.PAIRING_OPTIONS.name()))
        .as("nobody is paired inside their own reporting line or department")
        .anySatisfy(label -> assertThat(label).startsWith("Employee finance-1").contains("mentors Employee dir-ops"))
        .anySatisfy(label -> assertThat(label).startsWith("Employee ops-1").contains("mentors Employee mgr-finance"));
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION))
        .containsExactly("dir-ops", "finance-1", "mgr-finance", "ops-1");

    assertThat(stage(programmeId)).isEqualTo(Stage.KICK_OFF_WORKSHOPS);
    everyInviteeHasTheirWorkshopInTheirCalendar();
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    List<OpenTask> registers = host.tasks(HR, Forms.WORKSHOP_ATTENDANCE);
    assertThat(registers).hasSize(2);
    for (OpenTask register : registers) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of(Vars.ATTENDEE_IDS.name(), values(register, Vars.ATTENDEE_OPTIONS.name())));
    }

    assertThat(stage(programmeId)).isEqualTo(Stage.SESSIONS);
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    assertThat(protectedTimeHolds("REQUEST")).as("each partner holds the pair's protected time, monthly as agreed")
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);

    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
    host.complete(OPS_1, Forms.LOG_SESSION, FlipsideHost.session("2027-03-08", "end"));
    assertThat(host.tasks(MGR_FINANCE, Forms.LOG_SESSION)).as("the pair that ended has no more sessions").isEmpty();
    assertThat(protectedTimeHolds("CANCEL")).as("the pair that ended has its hold cancelled")
        .containsExactlyInAnyOrder(MGR_FINANCE, OPS_1);

    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    assertThat(host.tasks(FINANCE_1, Forms.LOG_SESSION)).as("the second period is open").hasSize(1);
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));

    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_MISSED)).containsExactly("dir-ops", "finance-1");
    assertThat(protectedTimeHolds("CANCEL")).as("and the pair that completed")
        .containsExactlyInAnyOrder(MGR_FINANCE, OPS_1, DIR_OPS, FINANCE_1);
    for (String respondent : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, Forms.FINAL_SURVEY, Map.of(
          Vars.CONFIDENCE_TALKING.name(), 4, Vars.UNDERSTANDING_ISSUES.name(), 5, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 3));
    }
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    assertThat(values(themes, Vars.GOAL_OPTIONS.name()))
        .containsExactly("Leaders understand the barriers BME colleagues face in progressing to Band 8 and above");
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.GOAL.name(), values(themes, Vars.GOAL_OPTIONS.name()).get(0), Vars.PRIORITY.name(), "ACT_NOW",
        Vars.RECOMMENDATION.name(), "Diverse interview panels", Vars.NEXT_STEP.name(), "finish"));

    assertThat(stage(programmeId)).isEqualTo(Stage.ROLLOUT);
    assertThat((String) host.task(CEO, Forms.ROLLOUT_DECISION).data().get(Vars.EVALUATION_HEADLINE.name()))
        .as("four people a side of two are too few to show a change").startsWith("Too few people answered both surveys");
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "stop", Vars.RATIONALE.name(), "Pilot only"));

    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(HR), programmeId);
    assertThat(status.stage()).isEqualTo(Stage.CLOSED);
    assertThat(status).extracting(
            ProgrammeStatus::applications, ProgrammeStatus::mentors, ProgrammeStatus::mentees,
            ProgrammeStatus::completedPairs, ProgrammeStatus::pairsEndedEarly,
            ProgrammeStatus::sessionsHeld, ProgrammeStatus::sessionsMissed, ProgrammeStatus::surveyResponses,
            ProgrammeStatus::rolloutDecision)
        .containsExactly(4L, 2L, 2L, 1L, 1L, 2L, 1L, 4L, RolloutChoice.STOP);

    List<TimelineEntry> timeline = host.flipside.programmes().timeline(Actor.of(CEO), programmeId);
    assertThat(timeline).extracting(TimelineEntry::event)
        .filteredOn(event -> event.endsWith(" started"))
        .containsExactly("Pilot scoping started", "Recruitment started", "Matching started",
            "Kick-off workshops started", "Sessions started", "Evaluation started", "Rollout started");
    assertThat(timeline).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    assertThat(timeline.get(timeline.size() - 1).stage()).isEqualTo(Stage.CLOSED);
  }

  /**
   * Who received a protected-time hold with this iCalendar method, read back with ical4j; every request repeats
   * monthly, in the pairs' agreed frequency, until the programme ends.
   */
  private List<String> protectedTimeHolds(String method) throws Exception {
    List<String> recipients = new ArrayList<>();
    for (CalendarInvite invite : host.calendar.delivered()) {
      Calendar calendar = new CalendarBuilder().build(new StringReader(invite.iCalendar()));
      if (invite.eventUid().startsWith("flipside-protected-time-")
          && calendar.getProperty(Property.METHOD).orElseThrow().getValue().equals(method)) {
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        if (method.equals("REQUEST")) {
          assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue())
              .contains("FREQ=MONTHLY", "INTERVAL=1", "UNTIL=20270501T000000Z");
        }
        recipients.add(invite.recipientId());
      }
    }
    return recipients;
  }

  /** One workshop for each side, and an invite to it for each of its members, read back with ical4j. */
  private void everyInviteeHasTheirWorkshopInTheirCalendar() throws Exception {
    List<CalendarInvite> invites = host.calendar.delivered();
    assertThat(host.calendar.recipients()).containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);
    assertThat(invites).extracting(CalendarInvite::id).doesNotHaveDuplicates();
    assertThat(invites.stream()
            .collect(groupingBy(CalendarInvite::eventUid, mapping(CalendarInvite::recipientId, toSet()))))
        .as("attendees of each event").hasSize(2)
        .containsValues(Set.of(FINANCE_1, OPS_1), Set.of(DIR_OPS, MGR_FINANCE));
    for (CalendarInvite invite : invites) {
      boolean mentor = Set.of(FINANCE_1, OPS_1).contains(invite.recipientId());
      Instant start = mentor ? MENTORS_WORKSHOP : MENTORS_WORKSHOP.plus(Duration.ofHours(4));
      assertThat(invite.summary()).isEqualTo("Kick-off workshop for reverse " + (mentor ? "mentors" : "mentees"));
      assertThat(invite.start()).isEqualTo(start);
      assertThat(invite.end()).isEqualTo(start.plus(Duration.ofHours(2)));

      Calendar calendar = new CalendarBuilder().build(new StringReader(invite.iCalendar()));
      assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
      VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
      assertThat(value(event, Property.UID)).isEqualTo(invite.eventUid());
      assertThat(value(event, Property.SUMMARY)).isEqualTo(invite.summary());
      assertThat(value(event, Property.DTSTART)).isEqualTo(UTC_DATE_TIME.format(start));
      assertThat(value(event, Property.DTEND)).isEqualTo(UTC_DATE_TIME.format(invite.end()));
      assertThat(value(event, Property.ORGANIZER)).isEqualTo("urn:flipside:employee:" + HR);
      List<Property> attendees = event.getProperties(Property.ATTENDEE);
      assertThat(attendees).extracting(Property::getValue).as("every invite names everyone on its side")
          .containsExactlyInAnyOrderElementsOf((mentor ? List.of(FINANCE_1, OPS_1) : List.of(DIR_OPS, MGR_FINANCE))
              .stream().map(id -> "urn:flipside:employee:" + id).toList());
      assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
      assertThat(value(event, Property.DESCRIPTION)).startsWith("Board reverse mentoring pilot: Roles, power dynamics");
    }
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }

  @SuppressWarnings("unchecked")
  private static List<String> labels(OpenTask task, String optionsKey) {
    return ((List<Map<String, Object>>) task.data().get(optionsKey)).stream()
        .map(option -> (String) option.get("label")).toList();
  }

  @SuppressWarnings("unchecked")
  static List<String> values(OpenTask task, String optionsKey) {
    return ((List<Map<String, Object>>) task.data().get(optionsKey)).stream()
        .map(option -> (String) option.get("value")).toList();
  }
}
