package org.flipside.internal.delegate.sessions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.notification.HostText;
import org.flipside.model.Application;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;

/**
 * A pair's protected time as a recurring hold in both partners' calendars: sent when an agreement with protected
 * time is confirmed, repeating in the agreed frequency until the programme ends; sent again with a higher sequence
 * number when a later version changes the frequency; cancelled when a version drops protected time or the pairing
 * ends. The hold sits in the first half-day both partners said they are free (from their applications), an hour
 * long; its sequence number is the agreement's version, so every change replaces the last.
 */
public final class ProtectedTimeHold {

  /** How long each hold is. */
  static final Duration LENGTH = Duration.ofHours(1);
  /** The slot used when the partners share no declared half-day. */
  static final String DEFAULT_SLOT = "tue-am";
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri");
  private static final LocalTime MORNING = LocalTime.of(10, 0);
  private static final LocalTime AFTERNOON = LocalTime.of(14, 0);
  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final DelegateContext context;

  public ProtectedTimeHold(DelegateContext context) {
    this.context = context;
  }

  /** Sends, updates or cancels the hold for the newly confirmed version against the one that held until now. */
  void confirmed(Pairing pairing, LearningAgreement confirmed, Optional<LearningAgreement> earlier) {
    boolean held = earlier.map(LearningAgreement::isProtectedTime).orElse(false);
    if (confirmed.isProtectedTime()) {
      boolean sameRhythm = held && earlier.get().getFrequency().equals(confirmed.getFrequency());
      if (!sameRhythm) {
        String rule = rule(confirmed.getFrequency(), programmeEnd(pairing.getCohort().getProgramme()));
        context.notifications().inviteRecurring(partners(pairing), NotificationTopics.PROTECTED_TIME_HOLD,
            event(pairing, confirmed, confirmed.getAgreementVersion()), rule);
      }
    } else if (held) {
      cancel(pairing, earlier.get(), confirmed.getAgreementVersion());
    }
  }

  /** Cancels the hold of a pairing that has ended, if its agreement set one. */
  void pairingEnded(Pairing pairing) {
    context.data().agreements().findConfirmed(pairing.getId())
        .filter(LearningAgreement::isProtectedTime)
        .ifPresent(agreement -> cancel(pairing, agreement, agreement.getAgreementVersion() + 1));
  }

  private void cancel(Pairing pairing, LearningAgreement held, int sequence) {
    context.notifications().cancel(partners(pairing), NotificationTopics.PROTECTED_TIME_HOLD,
        event(pairing, held, sequence));
  }

  private CalendarEvent event(Pairing pairing, LearningAgreement agreement, int sequence) {
    Programme programme = pairing.getCohort().getProgramme();
    Instant start = firstHold(slot(pairing), LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(1),
        programme.getSessionsStart());
    String arranger = pairing.partner(agreement.getArranger() == null ? ParticipantRole.MENTEE
        : agreement.getArranger()).getEmployeeId();
    return new CalendarEvent("flipside-protected-time-" + pairing.getId(), sequence,
        HostText.PROTECTED_TIME_SUMMARY.with(Map.of("programme", programme.getName())),
        HostText.PROTECTED_TIME_DESCRIPTION.alone(),
        start, start.plus(LENGTH), RemindArranger.location(agreement), arranger, partners(pairing), List.of(),
        List.of());
  }

  private static List<String> partners(Pairing pairing) {
    return List.of(pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId());
  }

  /** The first half-day, Monday morning first, that both partners declared; the default when they share none. */
  static String slot(Pairing pairing) {
    Set<String> mentor = availability(pairing.getMentor());
    Set<String> mentee = availability(pairing.getMentee());
    return DAYS.stream().flatMap(day -> Stream.of(day + "-am", day + "-pm"))
        .filter(slot -> mentor.contains(slot) && mentee.contains(slot))
        .findFirst().orElse(DEFAULT_SLOT);
  }

  private static Set<String> availability(Participant participant) {
    Application application = participant.getApplication();
    return application == null ? Set.of() : application.getAvailability();
  }

  /** The slot's first occurrence on or after the later of the two days, in UTC. */
  static Instant firstHold(String slot, LocalDate earliest, LocalDate sessionsStart) {
    LocalDate from = sessionsStart != null && sessionsStart.isAfter(earliest) ? sessionsStart : earliest;
    DayOfWeek day = DayOfWeek.values()[DAYS.indexOf(slot.substring(0, 3))];
    LocalTime time = slot.endsWith("-pm") ? AFTERNOON : MORNING;
    return from.with(TemporalAdjusters.nextOrSame(day)).atTime(time).toInstant(ZoneOffset.UTC);
  }

  /**
   * The RFC 5545 recurrence rule for an agreed frequency (an ISO-8601 period: P1W, P2W, P1M, P6W ...), repeating
   * until the given instant.
   */
  static String rule(String frequency, Instant until) {
    Period period = Period.parse(frequency).normalized();
    String every;
    if (period.toTotalMonths() > 0) {
      every = "FREQ=MONTHLY;INTERVAL=" + period.toTotalMonths();
    } else if (period.getDays() % 7 == 0) {
      every = "FREQ=WEEKLY;INTERVAL=" + period.getDays() / 7;
    } else {
      every = "FREQ=DAILY;INTERVAL=" + period.getDays();
    }
    return every + ";UNTIL=" + UNTIL.withLocale(Locale.ROOT).format(until.atZone(ZoneOffset.UTC));
  }

  /** When the programme's sessions end: its start plus its duration, at midnight UTC. */
  private static Instant programmeEnd(Programme programme) {
    return programme.getSessionsStart().plusMonths(programme.getDurationMonths())
        .atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
