package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.TimelineEntry;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;

/**
 * What the seed programmes' replays do alike through the public API: log the sessions that are due, answer the
 * final survey, take the registers the process asks for, and read back the calendar invites an event sent.
 */
final class SeedReplay {

  private SeedReplay() {}

  /**
   * Each of these partners logs the session of their pair's open period, held the day before the clock's today;
   * the number logged.
   */
  static int logDueSessions(FlipsideHost host, List<String> loggers) {
    LocalDate yesterday = LocalDate.ofInstant(host.clock.instant(), ZoneOffset.UTC).minusDays(1);
    int logged = 0;
    for (String logger : loggers) {
      for (OpenTask log : host.tasks(logger, Forms.LOG_SESSION)) {
        host.flipside.inbox().complete(Actor.of(logger), log.id(), FlipsideHost.session(yesterday.toString()));
        logged++;
      }
    }
    return logged;
  }

  /** Everyone named answers the final survey, their answers varying from one respondent to the next. */
  static void answerFinalSurvey(FlipsideHost host, List<String> respondents) {
    for (int i = 0; i < respondents.size(); i++) {
      host.complete(respondents.get(i), Forms.FINAL_SURVEY, Map.of(Vars.CONFIDENCE_TALKING.name(), 3 + i % 3,
          Vars.UNDERSTANDING_ISSUES.name(), 4 + i % 2, Vars.CONFIDENCE_ASKING.name(), 4,
          Vars.CONFIDENCE_SHARING.name(), 3 + i % 2));
    }
  }

  /** The programme manager takes each open register of the process's workshops, everyone invited present. */
  static int takeRegisters(FlipsideHost host) {
    return takeRegisters(host, TestOrganisation.HR);
  }

  /** As {@link #takeRegisters(FlipsideHost)}, by whoever the registers are offered to, such as the liaison. */
  static int takeRegisters(FlipsideHost host, String registrar) {
    List<OpenTask> registers = host.tasks(registrar, Forms.WORKSHOP_ATTENDANCE);
    for (OpenTask register : registers) {
      host.flipside.inbox().complete(Actor.of(registrar), register.id(), Map.of(Vars.ATTENDEE_IDS.name(),
          ProgrammeLifecycleContract.values(register, Vars.ATTENDEE_OPTIONS.name())));
    }
    return registers.size();
  }

  /**
   * Moves the clock past the kick-off workshops the process scheduled and takes their registers, everyone
   * present; how many registers there were.
   */
  static int holdKickOffWorkshops(FlipsideHost host) {
    return holdKickOffWorkshops(host, TestOrganisation.HR);
  }

  /** As {@link #holdKickOffWorkshops(FlipsideHost)}, the registers taken by whoever they are offered to. */
  static int holdKickOffWorkshops(FlipsideHost host, String registrar) {
    host.passTimeTo(host.calendar.delivered().stream()
        .filter(invite -> invite.summary().startsWith("Kick-off workshop"))
        .map(CalendarInvite::end).max(Instant::compareTo).orElseThrow(() -> new AssertionError("no kick-off"))
        .plus(Duration.ofHours(1)));
    return takeRegisters(host, registrar);
  }

  /** The programme's stage, described with what it waits for, for an assertion's message. */
  static String waitingFor(FlipsideHost host, String programmeId) {
    List<TimelineEntry> timeline = host.flipside.programmes().timeline(Actor.of(TestOrganisation.HR), programmeId);
    return "next due " + host.flipside.dueWork().nextDueAt().orElse(null) + "; latest steps "
        + timeline.subList(Math.max(0, timeline.size() - 4), timeline.size()) + "; HR's tasks "
        + host.flipside.inbox().openTasks(Actor.of(TestOrganisation.HR)).stream().map(OpenTask::formId).toList();
  }

  /** The invites the host's calendar received for this event, in the order they went out. */
  static List<CalendarInvite> invitesTo(FlipsideHost host, String eventUid) {
    return host.calendar.delivered().stream().filter(invite -> invite.eventUid().equals(eventUid)).toList();
  }

  /** The invite's one event, read back with ical4j. */
  static VEvent vevent(CalendarInvite invite) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(invite.iCalendar()));
      assertThat(calendar.validate().getEntries()).as("ical4j's RFC 5545 and iTIP checks").isEmpty();
      return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    } catch (Exception e) {
      throw new AssertionError("an invite that does not parse: " + invite.iCalendar(), e);
    }
  }

  /** Every attendee the event names, as calendar addresses. */
  static List<String> attendees(VEvent event) {
    List<Property> attendees = event.getProperties(Property.ATTENDEE);
    return attendees.stream().map(Property::getValue).toList();
  }

  /** The value of one of the event's properties. */
  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + property));
  }

  /** The employees' calendar addresses. */
  static List<String> addresses(List<String> employeeIds) {
    List<String> addresses = new ArrayList<>();
    employeeIds.forEach(id -> addresses.add("urn:flipside:employee:" + id));
    return addresses;
  }
}
