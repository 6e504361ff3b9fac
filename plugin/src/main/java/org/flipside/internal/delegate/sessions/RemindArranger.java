package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.PARTNER;
import static org.flipside.spi.NotificationParameter.PERIOD;
import static org.flipside.spi.NotificationParameter.PERIOD_END;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.SUGGESTED_DAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.Message;
import org.flipside.model.LearningAgreement;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;
import org.flipside.spi.NotificationTopic;

/**
 * A week before a period ends with no session logged, whoever the agreement says arranges the
 * meetings gets a reminder and an iCalendar invite for a suggested slot (the next working day,
 * 10:00 UTC, an hour), organised by them, to send on to their partner or move. The invite's UID is
 * the pair's and the period's, so sending it again replaces it.
 */
public final class RemindArranger implements JavaDelegate {

  private static final LocalTime SUGGESTED_START = LocalTime.of(10, 0);
  private static final Duration SUGGESTED_LENGTH = Duration.ofHours(1);

  private final DelegateContext context;

  public RemindArranger(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    int period = Variables.answer(execution, Vars.PERIOD_NUMBER);
    LearningAgreement agreement = context.data().agreements().findConfirmed(pairing.getId()).orElse(null);
    ParticipantRole arrangerSide = agreement == null || agreement.getArranger() == null
        ? pairing.getCohort().getProgramme().getAgreementArranger() : agreement.getArranger();
    String arranger = pairing.partner(arrangerSide).getEmployeeId();
    String partner = pairing.partner(arrangerSide == ParticipantRole.MENTOR ? ParticipantRole.MENTEE
        : ParticipantRole.MENTOR).getEmployeeId();
    String programme = pairing.getCohort().getProgramme().getName();
    String partnerName = context.directory().nameOf(partner);
    Instant start = suggestedStart(context.now());
    Instant periodEnd = Variables.require(execution, Vars.PERIOD_END);

    context.notifications().send(arranger, Message.of(NotificationTopic.SESSION_REMINDER)
        .with(PROGRAMME, pairing.getCohort().getProgramme().getId()).with(PARTNER, partner).with(PERIOD, period)
        .with(PERIOD_END, periodEnd).with(SUGGESTED_DAY, start));
    context.notifications().invite(arranger, NotificationTopics.SESSION_INVITE, new CalendarEvent(
        "flipside-session-" + pairing.getId() + "-" + period,
        programme + ": mentoring session with " + partnerName,
        "A suggested time for your next session with " + partnerName + ". Send it to them, or move it."
            + " Flipside records only that you met, never what was said.",
        start, start.plus(SUGGESTED_LENGTH), location(agreement), arranger));
  }

  /** 10:00 UTC on the next working day. */
  static Instant suggestedStart(Instant now) {
    ZonedDateTime day = now.atZone(ZoneOffset.UTC).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.with(SUGGESTED_START).toInstant();
  }

  private static String location(LearningAgreement agreement) {
    MeetingFormat format = agreement == null ? null : agreement.getMeetingFormat();
    if (format == null) {
      return "Online or in person, as you agree";
    }
    return switch (format) {
      case ONLINE -> "Online";
      case IN_PERSON -> "In person";
      case PHONE -> "By phone";
    };
  }
}
