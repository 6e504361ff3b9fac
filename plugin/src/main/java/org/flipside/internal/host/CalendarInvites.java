package org.flipside.internal.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Parameter;
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
import org.flipside.model.ExternalSpeaker;

/**
 * Builds the iCalendar (RFC 5545) invites Flipside sends, as iTIP (RFC 5546) asks: a {@code METHOD:REQUEST} object
 * that adds the event or replaces an earlier revision, or a {@code METHOD:CANCEL} object that removes it. Either holds
 * one {@code VEVENT} with the event's stable {@code UID}, its {@code SEQUENCE}, times in UTC, the organizer and every
 * attendee: the employees invited, its facilitators as chairs and its external speakers by e-mail address; a recurring
 * hold, such as a pair's protected time, adds its recurrence rule. Every stage that puts something in employees'
 * calendars builds its invites here.
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

  /**
   * The invite that adds the event to calendars, or replaces an earlier revision there, as iCalendar text.
   *
   * @param reader the language of the attendee it goes to, which its summary, description and place are written in
   */
  public String request(CalendarEvent event, Locale reader) {
    return text(calendar(ImmutableMethod.REQUEST, event(event, reader)));
  }

  /**
   * The invite to a recurring event, such as a pair's protected time: the event repeats as the RFC 5545 recurrence
   * rule says.
   *
   * @param rule the recurrence rule's value, such as {@code FREQ=WEEKLY;INTERVAL=2;UNTIL=20270901T000000Z}
   */
  public String recurringRequest(CalendarEvent event, Locale reader, String rule) {
    return text(calendar(ImmutableMethod.REQUEST, event(event, reader).add(new RRule<>(rule))));
  }

  /** The cancellation that removes the event from calendars, as iCalendar text. */
  public String cancel(CalendarEvent event, Locale reader) {
    return text(calendar(ImmutableMethod.CANCEL, event(event, reader).add(ImmutableStatus.VEVENT_CANCELLED)));
  }

  private VEvent event(CalendarEvent event, Locale reader) {
    VEvent vevent = new VEvent(false)
        .add(new Uid(event.uid()))
        .add(new Sequence(event.sequence()))
        .add(new DtStamp(clock.instant()))
        .add(new DtStart<>(event.start()))
        .add(new DtEnd<>(event.end()))
        .add(new Summary(event.summary().in(reader)))
        .add(new Description(event.description().in(reader)))
        .add(new Location(event.location().in(reader)))
        .add(new Organizer(new ParameterList(List.of(new Cn(directory.nameOf(event.organizerId())))),
            address(event.organizerId())));
    for (String chairId : event.chairIds()) {
      vevent.add(attendee(directory.nameOf(chairId), address(chairId), Role.CHAIR));
    }
    for (String attendeeId : event.attendeeIds()) {
      vevent.add(attendee(directory.nameOf(attendeeId), address(attendeeId), Role.REQ_PARTICIPANT));
    }
    for (ExternalSpeaker guest : event.guests()) {
      vevent.add(attendee(guest.getName(), mailto(guest.getEmail()), Role.REQ_PARTICIPANT));
    }
    return vevent;
  }

  private static Attendee attendee(String name, URI address, Role role) {
    List<Parameter> parameters = List.of(new Cn(name), CuType.INDIVIDUAL, role, PartStat.NEEDS_ACTION, Rsvp.TRUE);
    return new Attendee(new ParameterList(parameters), address);
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

  private static URI mailto(String email) {
    try {
      return new URI("mailto", email, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + email + "' makes no calendar address", e);
    }
  }
}
