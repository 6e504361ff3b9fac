package org.flipside.internal.delegate.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.host.CalendarEvent;
import org.flipside.internal.host.Notifications;
import org.flipside.model.Application;
import org.flipside.model.Cohort;
import org.flipside.model.LearningAgreement;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.repository.LearningAgreementRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProtectedTimeHoldTest {

  /** Sessions run six months from Monday 1 March 2027; the agreement is confirmed the Friday before. */
  private static final Instant CONFIRMED = Instant.parse("2027-02-26T16:00:00Z");
  private static final String UNTIL = ";UNTIL=20270901T000000Z";

  private final Notifications notifications = mock(Notifications.class);
  private final LearningAgreementRepository agreements = mock(LearningAgreementRepository.class);
  private final Pairing pairing = mock(Pairing.class);
  private ProtectedTimeHold hold;

  @BeforeEach
  void setUp() {
    Repositories data = mock(Repositories.class);
    when(data.agreements()).thenReturn(agreements);
    hold = new ProtectedTimeHold(new DelegateContext(data, null, notifications, Clock.fixed(CONFIRMED, ZoneOffset.UTC)));
    Programme programme = mock(Programme.class);
    when(programme.getName()).thenReturn("Board pilot");
    when(programme.getSessionsStart()).thenReturn(LocalDate.parse("2027-03-01"));
    when(programme.getDurationMonths()).thenReturn(6);
    Cohort cohort = mock(Cohort.class);
    when(cohort.getProgramme()).thenReturn(programme);
    when(pairing.getId()).thenReturn("p1");
    when(pairing.getCohort()).thenReturn(cohort);
    Participant mentor = partner("amira", Set.of("mon-am", "wed-pm", "thu-am"));
    Participant mentee = partner("director", Set.of("tue-am", "wed-pm", "thu-am"));
    when(pairing.getMentor()).thenReturn(mentor);
    when(pairing.getMentee()).thenReturn(mentee);
    when(pairing.partner(ParticipantRole.MENTOR)).thenReturn(mentor);
    when(pairing.partner(ParticipantRole.MENTEE)).thenReturn(mentee);
  }

  @Test
  void theAgreedFrequencyBecomesTheRecurrenceRule() throws Exception {
    Instant end = Instant.parse("2027-09-01T00:00:00Z");
    assertThat(ProtectedTimeHold.rule("P1W", end)).isEqualTo("FREQ=WEEKLY;INTERVAL=1" + UNTIL);
    assertThat(ProtectedTimeHold.rule("P2W", end)).isEqualTo("FREQ=WEEKLY;INTERVAL=2" + UNTIL);
    assertThat(ProtectedTimeHold.rule("P6W", end)).isEqualTo("FREQ=WEEKLY;INTERVAL=6" + UNTIL);
    assertThat(ProtectedTimeHold.rule("P1M", end)).isEqualTo("FREQ=MONTHLY;INTERVAL=1" + UNTIL);
    assertThat(ProtectedTimeHold.rule("P10D", end)).isEqualTo("FREQ=DAILY;INTERVAL=10" + UNTIL);

    Recur<?> fortnightly = new Recur<>(ProtectedTimeHold.rule("P2W", end));
    assertThat(fortnightly.getFrequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(fortnightly.getInterval()).isEqualTo(2);
  }

  @Test
  void theHoldSitsInTheFirstHalfDayBothPartnersAreFreeFromTheStartOfSessions() {
    assertThat(ProtectedTimeHold.slot(pairing)).isEqualTo("wed-pm");
    assertThat(ProtectedTimeHold.firstHold("wed-pm", LocalDate.parse("2027-02-27"), LocalDate.parse("2027-03-01")))
        .isEqualTo(Instant.parse("2027-03-03T14:00:00Z"));
    assertThat(ProtectedTimeHold.firstHold("mon-am", LocalDate.parse("2027-04-10"), LocalDate.parse("2027-03-01")))
        .as("once sessions have begun, from the next day").isEqualTo(Instant.parse("2027-04-12T10:00:00Z"));
  }

  @Test
  void aConfirmedAgreementWithProtectedTimeHoldsItInBothCalendars() {
    LearningAgreement first = agreement(1, "P2W", true);
    hold.confirmed(pairing, first, Optional.empty());

    ArgumentCaptor<CalendarEvent> event = ArgumentCaptor.forClass(CalendarEvent.class);
    verify(notifications).inviteRecurring(eq(List.of("amira", "director")), eq(NotificationTopics.PROTECTED_TIME_HOLD),
        event.capture(), eq("FREQ=WEEKLY;INTERVAL=2" + UNTIL));
    assertThat(event.getValue().uid()).isEqualTo("flipside-protected-time-p1");
    assertThat(event.getValue().sequence()).isEqualTo(1);
    assertThat(event.getValue().attendeeIds()).containsExactly("amira", "director");
    assertThat(event.getValue().start()).isEqualTo(Instant.parse("2027-03-03T14:00:00Z"));
    assertThat(event.getValue().organizerId()).as("the arranger sends it").isEqualTo("director");
  }

  @Test
  void aNewFrequencyUpdatesTheHoldAndTheSameOneLeavesItAlone() {
    LearningAgreement fortnightly = agreement(1, "P2W", true);
    hold.confirmed(pairing, agreement(2, "P2W", true), Optional.of(fortnightly));
    verify(notifications, never()).inviteRecurring(any(), anyString(), any(), anyString());

    hold.confirmed(pairing, agreement(3, "P1M", true), Optional.of(fortnightly));
    ArgumentCaptor<CalendarEvent> event = ArgumentCaptor.forClass(CalendarEvent.class);
    verify(notifications).inviteRecurring(eq(List.of("amira", "director")), eq(NotificationTopics.PROTECTED_TIME_HOLD),
        event.capture(), eq("FREQ=MONTHLY;INTERVAL=1" + UNTIL));
    assertThat(event.getValue().sequence()).isEqualTo(3);
  }

  @Test
  void droppingProtectedTimeOrEndingThePairingCancelsTheHold() {
    LearningAgreement held = agreement(1, "P1M", true);
    hold.confirmed(pairing, agreement(2, "P1M", false), Optional.of(held));
    ArgumentCaptor<CalendarEvent> cancelled = ArgumentCaptor.forClass(CalendarEvent.class);
    verify(notifications).cancel(eq(List.of("amira", "director")), eq(NotificationTopics.PROTECTED_TIME_HOLD),
        cancelled.capture());
    assertThat(cancelled.getValue().sequence()).isEqualTo(2);

    LearningAgreement latest = agreement(4, "P1W", true);
    when(agreements.findConfirmed("p1")).thenReturn(Optional.of(latest));
    hold.pairingEnded(pairing);
    verify(notifications, org.mockito.Mockito.times(2)).cancel(eq(List.of("amira", "director")),
        eq(NotificationTopics.PROTECTED_TIME_HOLD), cancelled.capture());
    assertThat(cancelled.getValue().sequence()).isEqualTo(5);
  }

  @Test
  void aPairingWithoutProtectedTimeHasNoHoldToCancel() {
    LearningAgreement without = agreement(1, "P1M", false);
    when(agreements.findConfirmed("p1")).thenReturn(Optional.of(without));
    hold.pairingEnded(pairing);
    hold.confirmed(pairing, agreement(2, "P1M", false), Optional.of(agreement(1, "P1M", false)));
    verify(notifications, never()).cancel(any(), anyString(), any());
    verify(notifications, never()).inviteRecurring(any(), anyString(), any(), anyString());
  }

  private static Participant partner(String employeeId, Set<String> availability) {
    Participant participant = mock(Participant.class);
    Application application = mock(Application.class);
    when(application.getAvailability()).thenReturn(availability);
    when(participant.getEmployeeId()).thenReturn(employeeId);
    when(participant.getApplication()).thenReturn(application);
    return participant;
  }

  private static LearningAgreement agreement(int version, String frequency, boolean protectedTime) {
    LearningAgreement agreement = mock(LearningAgreement.class);
    when(agreement.getAgreementVersion()).thenReturn(version);
    when(agreement.getFrequency()).thenReturn(frequency);
    when(agreement.isProtectedTime()).thenReturn(protectedTime);
    when(agreement.getArranger()).thenReturn(ParticipantRole.MENTEE);
    when(agreement.getMeetingFormat()).thenReturn(MeetingFormat.ONLINE);
    return agreement;
  }
}
