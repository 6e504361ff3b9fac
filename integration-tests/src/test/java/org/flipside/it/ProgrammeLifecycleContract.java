package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
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
  void aPilotRunsFromScopingToTheDecisionToStop() throws Exception {
    String programmeId = host.createPilot();
    assertThat(stage(programmeId)).isEqualTo(Stage.PILOT_SCOPING);

    host.complete(HR, "flipside-scope-pilot", FlipsideHost.pilotScope());
    host.complete(CEO, "flipside-sponsor-sign-off", Map.of("decision", "approve"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.notifier.recipientsOf("invitation-to-apply"))
        .as("bands up to 5 and from 8 are invited; HR (band 7) is not")
        .containsExactly("ceo", "dir-finance", "dir-ops", "finance-1", "mgr-finance", "mgr-ops", "ops-1", "ops-2");

    host.apply(FINANCE_1, "mentor", Map.of("livedExperienceTopics", "race, career progression", "learningInterests", "operations"));
    host.apply(OPS_1, "mentor", Map.of("livedExperienceTopics", "race, flexible working", "learningInterests", "finance"));
    host.apply(DIR_OPS, "mentee", Map.of("learningInterests", "race, career progression", "leadsArea", "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of("learningInterests", "flexible working", "leadsArea", "finance"));
    host.complete(CEO, "flipside-application", Map.of("interest", "none"));

    host.passTime(Duration.ofDays(15));
    OpenTask review = host.task(HR, "flipside-review-applications");
    assertThat(review.data()).containsEntry("mentorApplicants", 2).containsEntry("menteeApplicants", 2);
    assertThat(host.tasks("ops-2", "flipside-application")).as("the window closed on unanswered invitations").isEmpty();
    host.complete(HR, "flipside-review-applications", Map.of());

    assertThat(stage(programmeId)).isEqualTo(Stage.MATCHING);
    OpenTask proposal = host.task(HR, "flipside-review-matches");
    assertThat(proposal.data().get("proposedPairs")).isEqualTo(2);
    assertThat((String) proposal.data().get("fairnessSummary"))
        .as("two people a side are too few to show any group").contains("fewer than 5 people");
    assertThat(labels(proposal, "pairingOptions"))
        .as("nobody is paired inside their own reporting line or department")
        .anySatisfy(label -> assertThat(label).startsWith("Employee finance-1").contains("mentors Employee dir-ops"))
        .anySatisfy(label -> assertThat(label).startsWith("Employee ops-1").contains("mentors Employee mgr-finance"));
    host.complete(HR, "flipside-review-matches", Map.of("decision", "publish"));
    assertThat(host.notifier.recipientsOf("match-introduction"))
        .containsExactly("dir-ops", "finance-1", "mgr-finance", "ops-1");

    assertThat(stage(programmeId)).isEqualTo(Stage.KICK_OFF_WORKSHOPS);
    everyInviteeHasTheirWorkshopInTheirCalendar();
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    List<OpenTask> registers = host.tasks(HR, "flipside-workshop-attendance");
    assertThat(registers).hasSize(2);
    for (OpenTask register : registers) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of("attendeeIds", values(register, "attendeeOptions")));
    }

    assertThat(stage(programmeId)).isEqualTo(Stage.SESSIONS);
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);

    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, "flipside-log-session", FlipsideHost.session("2027-03-09", "continue"));
    host.complete(OPS_1, "flipside-log-session", FlipsideHost.session("2027-03-08", "end"));
    assertThat(host.tasks(MGR_FINANCE, "flipside-log-session")).as("the pair that ended has no more sessions").isEmpty();

    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    assertThat(host.tasks(FINANCE_1, "flipside-log-session")).as("the second period is open").hasSize(1);
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));

    assertThat(stage(programmeId)).isEqualTo(Stage.EVALUATION);
    assertThat(host.notifier.recipientsOf("session-missed")).containsExactly("dir-ops", "finance-1");
    for (String respondent : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, "flipside-final-survey", Map.of(
          "confidence_talking", 4, "understanding_issues", 5, "confidence_asking", 4, "confidence_sharing", 3));
    }
    OpenTask themes = host.task(HR, "flipside-review-evaluation");
    assertThat(values(themes, "goalOptions"))
        .containsExactly("Leaders understand the barriers BME colleagues face in progressing to Band 8 and above");
    host.complete(HR, "flipside-review-evaluation", Map.of("title", "Barriers in shortlisting",
        "goal", values(themes, "goalOptions").get(0), "priority", "ACT_NOW",
        "recommendation", "Diverse interview panels", "nextStep", "finish"));

    assertThat(stage(programmeId)).isEqualTo(Stage.ROLLOUT);
    assertThat((String) host.task(CEO, "flipside-rollout-decision").data().get("evaluationHeadline"))
        .as("four people a side of two are too few to show a change").startsWith("Too few people answered both surveys");
    host.complete(CEO, "flipside-rollout-decision", Map.of("rolloutDecision", "stop", "rationale", "Pilot only"));

    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(HR), programmeId);
    assertThat(status.stage()).isEqualTo(Stage.CLOSED);
    assertThat(status).extracting(
            ProgrammeStatus::applications, ProgrammeStatus::mentors, ProgrammeStatus::mentees,
            ProgrammeStatus::completedPairs, ProgrammeStatus::pairsEndedEarly,
            ProgrammeStatus::sessionsHeld, ProgrammeStatus::sessionsMissed, ProgrammeStatus::surveyResponses,
            ProgrammeStatus::rolloutDecision)
        .containsExactly(4L, 2L, 2L, 1L, 1L, 2L, 1L, 4L, "stop");

    List<TimelineEntry> timeline = host.flipside.programmes().timeline(Actor.of(CEO), programmeId);
    assertThat(timeline).extracting(TimelineEntry::event)
        .filteredOn(event -> event.endsWith(" started"))
        .containsExactly("Pilot scoping started", "Recruitment started", "Matching started",
            "Kick-off workshops started", "Sessions started", "Evaluation started", "Rollout started");
    assertThat(timeline).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    assertThat(timeline.get(timeline.size() - 1).stage()).isEqualTo(Stage.CLOSED);
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
      assertThat(value(event, Property.ATTENDEE)).isEqualTo("urn:flipside:employee:" + invite.recipientId());
      assertThat(value(event, Property.DESCRIPTION)).startsWith("Board reverse mentoring pilot: roles, power dynamics");
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
