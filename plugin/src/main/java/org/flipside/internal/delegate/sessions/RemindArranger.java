package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.PARTNER;
import static org.flipside.spi.NotificationParameter.PERIOD;
import static org.flipside.spi.NotificationParameter.PERIOD_END;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.SUGGESTED_DAY;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.internal.notification.Message;
import org.flipside.model.LearningAgreement;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.spi.NotificationTopic;

/**
 * A week before a period ends with no session logged, whoever the agreement says arranges the
 * meetings gets a reminder and an iCalendar invite for an hour in a slot both partners said they are free
 * ({@link PairSlot}), organised by them and naming both partners, to send on to their partner or move. The
 * invite's UID is the pair's and the period's, so sending it again replaces it.
 */
public final class RemindArranger implements JavaDelegate {

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
    Participant arrangerPlace = pairing.partner(arrangerSide);
    Participant partnerPlace = pairing.partner(partnerSide(arrangerSide));
    String arranger = arrangerPlace.getEmployeeId();
    String partner = partnerPlace.getEmployeeId();
    String programme = pairing.getCohort().getProgramme().getName();
    String partnerName = context.directory().nameOf(partner);
    Instant start = PairSlot.suggest(context.now(), availability(arrangerPlace), availability(partnerPlace));
    Instant periodEnd = Variables.require(execution, Vars.PERIOD_END);

    context.notifications().send(arranger, Message.of(NotificationTopic.SESSION_REMINDER)
        .with(PROGRAMME, pairing.getCohort().getProgramme().getId()).with(PARTNER, partner).with(PERIOD, period)
        .with(PERIOD_END, periodEnd).with(SUGGESTED_DAY, start));
    context.notifications().invite(List.of(arranger), NotificationTopics.SESSION_INVITE, CalendarEvent.of(
        "flipside-session-" + pairing.getId() + "-" + period,
        HostText.SESSION_INVITE_SUMMARY.with(Map.of("programme", programme, "partner", partnerName)),
        HostText.SESSION_INVITE_DESCRIPTION.with(Map.of("partner", partnerName)),
        start, start.plus(SUGGESTED_LENGTH), location(agreement), arranger, List.of(arranger, partner)));
  }

  /** The half-days the participant said they can meet in, if they applied. */
  private static Set<String> availability(Participant participant) {
    return participant.getApplication() == null ? Set.of() : participant.getApplication().getAvailability();
  }

  private static ParticipantRole partnerSide(ParticipantRole arrangerSide) {
    return arrangerSide == ParticipantRole.MENTOR ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
  }

  /** Where the pair meets, as its agreement says. */
  static String location(LearningAgreement agreement) {
    MeetingFormat format = agreement == null ? null : agreement.getMeetingFormat();
    if (format == null) {
      return CalendarEvent.PLACE_TO_AGREE;
    }
    return switch (format) {
      case ONLINE -> "Online";
      case IN_PERSON -> "In person";
      case PHONE -> "By phone";
    };
  }
}
