package org.flipside.internal.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.internal.notification.Wording;
import org.flipside.model.ExternalSpeaker;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarInvitesTest {

  private static final Locale UK = Locale.UK;

  private static final Instant QUEUED = Instant.parse("2027-02-01T14:30:05Z");
  private static final CalendarEvent WORKSHOP = CalendarEvent.of("5d6b9a1e-7c1f-4e55-9d0b-2b0e5c4f8a10",
      Wording.asWritten("Kick-off workshop for reverse mentors"),
      Wording.asWritten("Board pilot: roles, power dynamics, confidentiality; and sharing your lived experience "
          + "safely, with plenty of time for questions from everyone who comes along."),
      Instant.parse("2027-02-22T10:00:00Z"), Instant.parse("2027-02-22T12:00:00Z"),
      HostText.MEETING_PLACE_ONLINE.alone(), "hr-17",
      List.of("e-42"));

  private final EmployeeDirectory directory = mock(EmployeeDirectory.class);
  private CalendarInvites invites;

  @BeforeEach
  void setUp() {
    employee("hr-17", "Grace Okafor");
    employee("e-42", "Amira Khan");
    employee("e 7", "Tom O'Neill");
    invites = new CalendarInvites(new Directory(directory), Clock.fixed(QUEUED, ZoneOffset.UTC));
  }

  @Test
  void aRecurringInviteCarriesItsRuleAndSequenceAndACancellationCallsItOff() throws Exception {
    String rule = "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270901T000000Z";
    Calendar recurring = parse(invites.recurringRequest(revision(WORKSHOP, 2), UK, rule));
    VEvent held = recurring.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(value(held, Property.RRULE).split(";"))
        .containsExactlyInAnyOrder("FREQ=WEEKLY", "INTERVAL=2", "UNTIL=20270901T000000Z");
    assertThat(value(held, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(held, Property.UID)).isEqualTo(WORKSHOP.uid());
    assertThat(recurring.validate().getEntries()).isEmpty();

    Calendar cancelled = parse(invites.cancel(revision(WORKSHOP, 3), UK));
    assertThat(value(cancelled, Property.METHOD)).isEqualTo("CANCEL");
    VEvent event = cancelled.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(value(event, Property.UID)).isEqualTo(WORKSHOP.uid());
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
  }

  private static CalendarEvent revision(CalendarEvent event, int sequence) {
    return new CalendarEvent(event.uid(), sequence, event.summary(), event.description(), event.start(), event.end(),
        event.location(), event.organizerId(), event.attendeeIds(), event.chairIds(), event.guests());
  }

  @Test
  void anInviteIsAnRfc5545RequestForOneEventWithItsAttendee() throws Exception {
    Calendar calendar = parse(invites.request(WORKSHOP, UK));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarInvites.PRODUCT_ID);
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(value(event, Property.UID)).isEqualTo(WORKSHOP.uid());
    assertThat(value(event, Property.SUMMARY)).isEqualTo(WORKSHOP.summary().in(UK));
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo(WORKSHOP.description().in(UK));
    assertThat(value(event, Property.LOCATION)).isEqualTo("Online");

    Property organizer = property(event, Property.ORGANIZER);
    assertThat(organizer.getValue()).isEqualTo("urn:flipside:employee:hr-17");
    assertThat(parameter(organizer, Parameter.CN)).isEqualTo("Grace Okafor");
    Property attendee = property(event, Property.ATTENDEE);
    assertThat(attendee.getValue()).isEqualTo("urn:flipside:employee:e-42");
    assertThat(parameter(attendee, Parameter.CN)).isEqualTo("Amira Khan");
    assertThat(parameter(attendee, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
    assertThat(parameter(attendee, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
    assertThat(parameter(attendee, Parameter.RSVP)).isEqualTo("TRUE");
    assertThat(event.getProperties(Property.ATTENDEE)).hasSize(1);
    assertThat(value(event, Property.SEQUENCE)).as("as first sent").isEqualTo("0");

    // ical4j's own checks of RFC 5545 and of what an iTIP (RFC 5546) REQUEST must hold
    assertThat(calendar.validate().getEntries()).isEmpty();
  }

  @Test
  void timesAreWrittenInUtcAndTheStampIsWhenTheInviteWasBuilt() throws Exception {
    Calendar calendar = parse(invites.request(WORKSHOP, UK));
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

    assertThat(value(event, Property.DTSTART)).isEqualTo("20270222T100000Z");
    assertThat(value(event, Property.DTEND)).isEqualTo("20270222T120000Z");
    assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270201T143005Z");
    assertThat(property(event, Property.DTSTART).getParameter(Parameter.TZID)).isEmpty();
    assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(WORKSHOP.start());
    assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(WORKSHOP.end());
  }

  @Test
  void anInviteIsWrittenInTheLanguageOfTheAttendeeItGoesTo() throws Exception {
    CalendarEvent hold = CalendarEvent.of("flipside-protected-time-p-1",
        HostText.PROTECTED_TIME_SUMMARY.with(Map.of("programme", "Board pilot")),
        HostText.PROTECTED_TIME_DESCRIPTION.alone(), WORKSHOP.start(), WORKSHOP.end(),
        HostText.MEETING_PLACE_ONLINE.alone(), "hr-17",
        List.of("e-42"));

    VEvent english = vevent(invites.request(hold, UK));
    VEvent welsh = vevent(invites.request(hold, Locale.forLanguageTag("cy-GB")));

    assertThat(value(english, Property.SUMMARY)).isEqualTo("Board pilot: protected time for mentoring");
    assertThat(value(welsh, Property.SUMMARY)).isEqualTo("Board pilot: amser wedi’i neilltuo ar gyfer mentora");
    assertThat(value(welsh, Property.DESCRIPTION)).startsWith("Amser wedi’i neilltuo yn ystod oriau gwaith");
    assertThat(value(english, Property.LOCATION)).isEqualTo("Online");
    assertThat(value(welsh, Property.LOCATION)).isEqualTo("Ar-lein");
  }

  @Test
  void everyInviteToTheSameEventCarriesTheSameUidAndADifferentEventADifferentOne() throws Exception {
    CalendarInvites anHourLater =
        new CalendarInvites(new Directory(directory), Clock.fixed(QUEUED.plusSeconds(3600), ZoneOffset.UTC));
    CalendarEvent otherWorkshop = CalendarEvent.of("0c8e2f54-3a2b-4f61-8d3e-6f7a9b1c2d3e",
        Wording.asWritten("Kick-off workshop for reverse mentees"), Wording.asWritten("Board pilot: listening to learn."),
        WORKSHOP.start().plusSeconds(4 * 3600), WORKSHOP.end().plusSeconds(4 * 3600),
        HostText.MEETING_PLACE_ONLINE.alone(), "hr-17",
        List.of("e 7"));

    String forAmira = uid(invites.request(WORKSHOP, UK));
    String forTomLater = uid(anHourLater.request(WORKSHOP, UK));
    String forTheOther = uid(invites.request(otherWorkshop, UK));

    assertThat(forTomLater).isEqualTo(forAmira).isEqualTo(WORKSHOP.uid());
    assertThat(forTheOther).isNotEqualTo(forAmira);
  }

  @Test
  void textIsEscapedFoldedAndEndsEveryLineWithCrLf() throws Exception {
    CalendarEvent awkward = CalendarEvent.of(WORKSHOP.uid(), Wording.asWritten("Pilot; \"kick-off\", part 1"),
        Wording.asWritten("Line one\nLine two, with a comma; and a semicolon \\ and a backslash " + "é".repeat(40)
            + "漢字".repeat(20) + "😀".repeat(20)),
        WORKSHOP.start(), WORKSHOP.end(), Wording.asWritten("Room 4, Floor 2"), "hr-17", List.of("e 7"));

    String text = invites.request(awkward, UK);
    VEvent event = parse(text).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

    assertThat(value(event, Property.SUMMARY)).isEqualTo(awkward.summary().in(UK));
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo(awkward.description().in(UK));
    assertThat(value(event, Property.LOCATION)).isEqualTo("Room 4, Floor 2");
    assertThat(property(event, Property.ATTENDEE).getValue()).isEqualTo("urn:flipside:employee:e%207");
    assertThat(parameter(property(event, Property.ATTENDEE), Parameter.CN)).isEqualTo("Tom O'Neill");
    assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
    assertThat(Arrays.stream(text.split("\r\n")))
        .as("RFC 5545 folds lines before they pass 75 octets, without splitting a character")
        .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
  }

  @Test
  void anInviteNamesEveryAttendeeFacilitatorsAsChairsAndGuestsByAddress() throws Exception {
    CalendarEvent feedback = new CalendarEvent(WORKSHOP.uid(), 0, Wording.asWritten("September feedback session"),
        Wording.asWritten("How it went."),
        WORKSHOP.start(), WORKSHOP.end(), Wording.asWritten("Seminar room"), "hr-17", List.of("e-42", "e 7"),
        List.of("hr-17"),
        List.of(new ExternalSpeaker("Dr Ama Mensah", "ama.mensah@example.org")));

    VEvent event = vevent(invites.request(feedback, UK));

    List<Property> attendees = event.getProperties(Property.ATTENDEE);
    assertThat(attendees).extracting(Property::getValue).containsExactly(
        "urn:flipside:employee:hr-17", "urn:flipside:employee:e-42", "urn:flipside:employee:e%207",
        "mailto:ama.mensah@example.org");
    assertThat(attendees).extracting(attendee -> parameter(attendee, Parameter.ROLE))
        .containsExactly("CHAIR", "REQ-PARTICIPANT", "REQ-PARTICIPANT", "REQ-PARTICIPANT");
    assertThat(attendees).extracting(attendee -> parameter(attendee, Parameter.CN))
        .containsExactly("Grace Okafor", "Amira Khan", "Tom O'Neill", "Dr Ama Mensah");
  }

  @Test
  void aMovedEventIsARequestWithTheSameUidAndAHigherSequence() throws Exception {
    CalendarEvent moved = new CalendarEvent(WORKSHOP.uid(), 1, WORKSHOP.summary(), WORKSHOP.description(),
        WORKSHOP.start().plusSeconds(86_400), WORKSHOP.end().plusSeconds(86_400),
        Wording.asWritten("Room 4"), "hr-17",
        List.of("e-42"), List.of(), List.of());

    Calendar calendar = parse(invites.request(moved, UK));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(value(event, Property.UID)).isEqualTo(WORKSHOP.uid());
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(event, Property.DTSTART)).isEqualTo("20270223T100000Z");
    assertThat(calendar.validate().getEntries()).isEmpty();
  }

  @Test
  void aCancellationIsAnItipCancelOfTheEventWithItsAttendees() throws Exception {
    CalendarEvent cancelled = new CalendarEvent(WORKSHOP.uid(), 2, WORKSHOP.summary(), WORKSHOP.description(),
        WORKSHOP.start(), WORKSHOP.end(), HostText.MEETING_PLACE_ONLINE.alone(), "hr-17", List.of("e-42", "e 7"),
        List.of(), List.of());

    Calendar calendar = parse(invites.cancel(cancelled, UK));

    assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(value(event, Property.UID)).isEqualTo(WORKSHOP.uid());
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
    assertThat(calendar.validate().getEntries()).as("ical4j's checks of an iTIP CANCEL").isEmpty();
  }

  private VEvent vevent(String text) throws Exception {
    return parse(text).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
  }

  private void employee(String id, String name) {
    when(directory.find(id)).thenReturn(Optional.of(new Employee(id, name, 5, "Band 5", "HR", null, true)));
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String uid(String text) throws Exception {
    return value(parse(text).getComponent("VEVENT").orElseThrow(), Property.UID);
  }

  private static String value(PropertyContainer container, String name) {
    return property(container, name).getValue();
  }

  private static Property property(PropertyContainer container, String name) {
    return container.getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
  }

  private static String parameter(Property property, String name) {
    return property.getParameter(name).map(Parameter::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }
}
