package org.flipside.internal.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Builds the iCalendar (RFC 5545) invites Flipside sends: one {@code METHOD:REQUEST} object per
 * attendee, holding one {@code VEVENT} with the event's stable {@code UID}, times in UTC, the
 * organizer and that attendee; for a recurring hold, its rule and sequence number, and a
 * {@code METHOD:CANCEL} object when it is called off. Every stage that puts something in employees' calendars builds its
 * invites here.
 */
public final class CalendarInvites {

  /** Who made the iCalendar object, as RFC 5545 asks every object to say. */
  static final String PRODUCT_ID = "-//Flipside//Reverse mentoring programmes//EN";
  private static final String EMPLOYEE_ADDRESS = "flipside:employee:";
  private static final int MAX_LINE_OCTETS = 75;

  private final Directory directory;
  private final Clock clock;

  /** Names organizers and attendees from the host directory; stamps invites with Flipside's clock. */
  public CalendarInvites(Directory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /** The invite to the event for one employee, as iCalendar text. */
  public String request(CalendarEvent event, String attendeeId) {
    return text(calendar(ImmutableMethod.REQUEST, vevent(event, attendeeId)));
  }

  /**
   * The invite to a recurring event for one employee: the event repeats as the RFC 5545 recurrence rule says,
   * and the sequence number tells the attendee's calendar that this version replaces those with lower numbers.
   *
   * @param rule the recurrence rule's value, such as {@code FREQ=WEEKLY;INTERVAL=2;UNTIL=20270901T000000Z}
   * @param sequence 0 for the first version of the event, higher for each change
   */
  public String recurringRequest(CalendarEvent event, String attendeeId, String rule, int sequence) {
    return text(calendar(ImmutableMethod.REQUEST, vevent(event, attendeeId)
        .add(new RRule<>(rule))
        .add(new Sequence(sequence))));
  }

  /**
   * The cancellation of an event sent before, for one employee: same {@code UID}, a higher sequence number than
   * any version sent, {@code STATUS:CANCELLED}.
   */
  public String cancellation(CalendarEvent event, String attendeeId, int sequence) {
    return text(calendar(ImmutableMethod.CANCEL, vevent(event, attendeeId)
        .add(new Sequence(sequence))
        .add(ImmutableStatus.VEVENT_CANCELLED)));
  }

  private VEvent vevent(CalendarEvent event, String attendeeId) {
    return new VEvent(false)
        .add(new Uid(event.uid()))
        .add(new DtStamp(clock.instant()))
        .add(new DtStart<>(event.start()))
        .add(new DtEnd<>(event.end()))
        .add(new Summary(event.summary()))
        .add(new Description(event.description()))
        .add(new Location(event.location()))
        .add(new Organizer(new ParameterList(List.of(new Cn(directory.nameOf(event.organizerId())))),
            address(event.organizerId())))
        .add(new Attendee(new ParameterList(List.of(new Cn(directory.nameOf(attendeeId)), CuType.INDIVIDUAL,
            Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE)), address(attendeeId)));
  }

  private static Calendar calendar(Method method, VEvent vevent) {
    return new Calendar()
        .withProdId(PRODUCT_ID)
        .withDefaults()
        .withProperty(method)
        .withComponent(vevent)
        .getFluentTarget();
  }

  /**
   * The calendar as RFC 5545 text, each content line folded before it passes 75 octets of UTF-8.
   * ical4j's own folding counts characters, so a line with non-Latin names would grow past that.
   */
  private static String text(Calendar calendar) {
    StringBuilder text = new StringBuilder();
    for (String line : calendar.toString().split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
        int codePoint = line.codePointAt(i);
        int size = utf8Octets(codePoint);
        if (octets + size > MAX_LINE_OCTETS) {
          // a fold is a line break and one space, which counts towards the next line
          text.append("\r\n ");
          octets = 1;
        }
        text.appendCodePoint(codePoint);
        octets += size;
      }
      text.append("\r\n");
    }
    return text.toString();
  }

  private static int utf8Octets(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  /** The calendar address of an employee, whose e-mail address Flipside does not know. */
  static URI address(String employeeId) {
    try {
      // the multi-part constructor quotes whatever an id holds that a URI may not
      return new URI("urn", EMPLOYEE_ADDRESS + employeeId, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("employee id '" + employeeId + "' makes no calendar address", e);
    }
  }
}
