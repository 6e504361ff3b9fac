package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.EventAttendance;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.FieldError;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.spi.CalendarInvite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events the programme team plans, as the Chief Pharmacy Office's programme ran them: September feedback
 * sessions with a trainer from the OD team and an external speaker, and an October presentation. The pilot is in its
 * sessions (finance-1 mentors dir-ops, ops-1 mentors mgr-finance); HR manages it; mgr-ops facilitates. Every
 * invitee and facilitator gets one invite naming every attendee; a move sends the same UID with SEQUENCE 1, a
 * cancellation METHOD:CANCEL; the register feeds the participation figures.
 */
abstract class ProgrammeEventsContract extends HostedContract {

  private static final Instant SEPTEMBER_14 = Instant.parse("2027-09-14T13:00:00Z");
  private static final Instant SEPTEMBER_14_END = Instant.parse("2027-09-14T15:00:00Z");
  private static final EventGuest SPEAKER = new EventGuest("Dr Ama Mensah", "ama.mensah@example.org");
  private static final List<String> PARTICIPANTS = List.of(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);

  private String programmeId;

  @BeforeEach
  void pilotInItsSessions() {
    programmeId = host.pilotInSessions();
  }

  @Test
  void aPlannedFeedbackSessionInvitesEveryoneWithOneInviteNamingEveryAttendee() throws Exception {
    PlannedEvent event = plan(feedbackSession());

    assertThat(event.sequence()).isZero();
    assertThat(event.attendeeIds()).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
    assertThat(event.guests()).containsExactly(SPEAKER);
    List<CalendarInvite> invites = invitesTo(event);
    assertThat(invites).extracting(CalendarInvite::recipientId).as("the participants and the facilitator, once each")
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1, MGR_OPS);
    for (CalendarInvite invite : invites) {
      assertThat(invite.method()).isEqualTo(CalendarInvite.Method.REQUEST);
      assertThat(invite.sequence()).isZero();
      Calendar calendar = parse(invite);
      VEvent vevent = vevent(calendar);
      assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
      assertThat(value(vevent, Property.UID)).isEqualTo(event.id());
      assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("0");
      assertThat(value(vevent, Property.DTSTART)).isEqualTo("20270914T130000Z");
      assertThat(value(vevent, Property.LOCATION)).isEqualTo("Pharmacy seminar room, Trust HQ");
      assertThat(attendees(vevent)).as("every attendee named in every invite").containsExactlyInAnyOrder(
          "urn:flipside:employee:dir-ops", "urn:flipside:employee:finance-1", "urn:flipside:employee:mgr-finance",
          "urn:flipside:employee:ops-1", "urn:flipside:employee:mgr-ops", "mailto:ama.mensah@example.org");
      List<Property> attendees = vevent.getProperties(Property.ATTENDEE);
      assertThat(attendees).filteredOn(attendee -> attendee.getValue().contains("mgr-ops"))
          .singleElement().satisfies(chair ->
              assertThat(chair.getParameter(Parameter.ROLE).orElseThrow().getValue()).isEqualTo("CHAIR"));
      assertThat(calendar.validate().getEntries()).as("ical4j's RFC 5545 and iTIP checks").isEmpty();
    }
    assertThat(host.notifier.recipientsOf(NotificationTopics.WORKSHOP_INVITATION))
        .as("a message each beside the invite").contains(MGR_OPS);
  }

  @Test
  void movingAnEventSendsEveryAttendeeTheSameUidWithSequenceOne() throws Exception {
    PlannedEvent event = plan(feedbackSession());
    int before = host.calendar.delivered().size();

    PlannedEvent moved = host.flipside.events().move(Actor.of(HR), event.id(),
        Instant.parse("2027-09-21T13:00:00Z"), Instant.parse("2027-09-21T14:30:00Z"), "https://meet.example.org/fb");

    assertThat(moved.sequence()).isEqualTo(1);
    assertThat(moved.start()).isEqualTo(Instant.parse("2027-09-21T13:00:00Z"));
    List<CalendarInvite> updates = host.calendar.delivered().subList(before, host.calendar.delivered().size());
    assertThat(updates).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1, MGR_OPS);
    for (CalendarInvite update : updates) {
      assertThat(update.eventUid()).isEqualTo(event.id());
      assertThat(update.sequence()).isEqualTo(1);
      Calendar calendar = parse(update);
      VEvent vevent = vevent(calendar);
      assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
      assertThat(value(vevent, Property.UID)).isEqualTo(event.id());
      assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("1");
      assertThat(value(vevent, Property.DTSTART)).isEqualTo("20270921T130000Z");
      assertThat(value(vevent, Property.DTEND)).isEqualTo("20270921T143000Z");
      assertThat(value(vevent, Property.LOCATION)).isEqualTo("https://meet.example.org/fb");
      assertThat(attendees(vevent)).hasSize(6);
    }
    assertThat(host.notifier.recipientsOf(NotificationTopics.EVENT_MOVED)).hasSize(5);
    assertThat(host.flipside.events().events(Actor.of(HR), programmeId))
        .filteredOn(listed -> listed.id().equals(event.id())).singleElement()
        .satisfies(listed -> assertThat(listed.sequence()).isEqualTo(1));
  }

  @Test
  void cancellingAnEventSendsEveryAttendeeACancel() throws Exception {
    PlannedEvent event = plan(feedbackSession());
    host.flipside.events().move(Actor.of(HR), event.id(), SEPTEMBER_14.plusSeconds(3600),
        SEPTEMBER_14_END.plusSeconds(3600), null);
    int before = host.calendar.delivered().size();

    PlannedEvent cancelled = host.flipside.events().cancel(Actor.of(HR), event.id());

    assertThat(cancelled.cancelledAt()).isNotNull();
    assertThat(cancelled.sequence()).isEqualTo(2);
    List<CalendarInvite> cancellations = host.calendar.delivered().subList(before, host.calendar.delivered().size());
    assertThat(cancellations).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1, MGR_OPS);
    for (CalendarInvite cancellation : cancellations) {
      assertThat(cancellation.method()).isEqualTo(CalendarInvite.Method.CANCEL);
      Calendar calendar = parse(cancellation);
      VEvent vevent = vevent(calendar);
      assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
      assertThat(value(vevent, Property.UID)).isEqualTo(event.id());
      assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("2");
      assertThat(value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
      assertThat(calendar.validate().getEntries()).isEmpty();
    }
    assertThatThrownBy(() -> host.flipside.events().move(Actor.of(HR), event.id(), SEPTEMBER_14, SEPTEMBER_14_END,
        null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("eventId"));
    assertThat(host.flipside.events().attendance(Actor.of(CEO), programmeId))
        .as("a cancelled event has no place in the participation figures")
        .noneMatch(attendance -> attendance.eventId().equals(event.id()));
  }

  @Test
  void attendanceIsRecordedPerEventAndReadForTheReport() {
    PlannedEvent presentation = plan(new EventPlan(EventKind.PRESENTATION, "Findings for the advisory group",
        Instant.parse("2027-10-12T10:00:00Z"), Instant.parse("2027-10-12T11:00:00Z"), "Board room",
        List.of(), List.of(), "What the pairs learnt, and what we recommend.", EventAudience.NAMED,
        List.of(DIR_OPS, FINANCE_1)));
    assertThat(invitesTo(presentation)).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1);

    assertThatThrownBy(() -> host.flipside.events().recordAttendance(Actor.of(HR), presentation.id(),
        Set.of(DIR_OPS, OPS_1))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo("attendedIds");
              assertThat(error.problem()).contains(OPS_1).contains("not invited");
            }));
    EventAttendance first = host.flipside.events().recordAttendance(Actor.of(HR), presentation.id(), Set.of(DIR_OPS));
    assertThat(first.attendedIds()).containsExactly(DIR_OPS);
    host.flipside.events().recordAttendance(Actor.of(HR), presentation.id(), Set.of(DIR_OPS, FINANCE_1));

    List<EventAttendance> participation = host.flipside.events().attendance(Actor.of(CEO), programmeId);
    assertThat(participation).extracting(EventAttendance::kind).as("the process's workshops are events too")
        .containsExactly(EventKind.MENTOR_KICK_OFF, EventKind.MENTEE_KICK_OFF, EventKind.KNOWLEDGE_SESSION,
            EventKind.PRESENTATION);
    assertThat(participation.get(2).recorded()).as("the midpoint knowledge session is still to come").isFalse();
    assertThat(participation.get(3)).satisfies(attendance -> {
      assertThat(attendance.recorded()).isTrue();
      assertThat(attendance.invited()).isEqualTo(2);
      assertThat(attendance.attended()).as("the second register replaced the first").isEqualTo(2);
    });
    assertThat(participation.get(0)).as("the mentors' kick-off, registered with nobody present").satisfies(kickOff -> {
      assertThat(kickOff.invited()).isEqualTo(2);
      assertThat(kickOff.recorded()).isTrue();
      assertThat(kickOff.attended()).isZero();
    });
    assertThatThrownBy(() -> host.flipside.events().recordAttendance(Actor.of(DIR_OPS), presentation.id(), Set.of()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aPlanInThePastEndingBeforeItStartsWithAnUnknownFacilitatorNamesEachFieldAndPlansNothing() {
    int events = host.flipside.events().events(Actor.of(HR), programmeId).size();
    int invites = host.calendar.delivered().size();

    assertThatThrownBy(() -> plan(new EventPlan(EventKind.COACHING_SESSION, "Coaching",
        Instant.parse("2027-02-01T10:00:00Z"), Instant.parse("2027-01-31T10:00:00Z"), "Online",
        List.of("nobody-the-directory-knows"), List.of(new EventGuest("A trainer", "not an address")), "",
        EventAudience.PAIRS, List.of())))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("start", "end", "facilitatorIds", "guests"));

    assertThat(host.flipside.events().events(Actor.of(HR), programmeId)).hasSize(events);
    assertThat(host.calendar.delivered()).hasSize(invites);
  }

  @Test
  void theExternalSpeakersNameStaysOutOfTheEngine() {
    plan(feedbackSession());

    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), SPEAKER.name()))
        .as("Flipside's own tables alone").isNotEmpty()
        .allSatisfy(place -> assertThat(place.toLowerCase()).startsWith("fs_"));
  }

  private static EventPlan feedbackSession() {
    return new EventPlan(EventKind.FEEDBACK_SESSION, "September feedback session", SEPTEMBER_14, SEPTEMBER_14_END,
        "Pharmacy seminar room, Trust HQ", List.of(MGR_OPS), List.of(SPEAKER),
        "How the pairs found the programme; what to change for the next cohort.", EventAudience.EVERYONE, List.of());
  }

  private PlannedEvent plan(EventPlan plan) {
    return host.flipside.events().plan(Actor.of(HR), programmeId, plan);
  }

  private List<CalendarInvite> invitesTo(PlannedEvent event) {
    return host.calendar.delivered().stream().filter(invite -> invite.eventUid().equals(event.id())).toList();
  }

  private static Calendar parse(CalendarInvite invite) throws Exception {
    return new CalendarBuilder().build(new StringReader(invite.iCalendar()));
  }

  private static VEvent vevent(Calendar calendar) {
    return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
  }

  private static List<String> attendees(VEvent vevent) {
    List<Property> attendees = vevent.getProperties(Property.ATTENDEE);
    return attendees.stream().map(Property::getValue).toList();
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
  }
}
