package org.flipside.internal.delegate.workshops;

import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.EventAudience;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;
import org.flipside.spi.NotificationTopic;

/**
 * Plans the separate kick-off workshops for mentors and for mentees before sessions start, as planned events held
 * online with Flipside's own texts ({@link EventTexts}), invites each side to its own, with a message and an invite
 * for their calendar, and tells mentees their pre-reading. The programme team can move or cancel them like any event
 * it plans.
 */
public final class ScheduleWorkshops implements JavaDelegate {

  static final int WORKSHOP_MINUTES = 120;
  private static final Duration NOTICE = Duration.ofDays(7);

  private final DelegateContext context;

  public ScheduleWorkshops(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    Instant mentorsDay = firstDay(programme);
    Workshop mentors = plan(cohort, WorkshopKind.MENTOR_KICK_OFF, EventAudience.MENTORS, mentorsDay);
    Workshop mentees = plan(cohort, WorkshopKind.MENTEE_KICK_OFF, EventAudience.MENTEES,
        mentorsDay.plus(Duration.ofHours(4)));
    for (Participant mentee : context.data().participants().findByCohortAndRole(cohort.getId(), ParticipantRole.MENTEE)) {
      context.notifications().send(mentee.getEmployeeId(), Message.of(NotificationTopic.PRE_READING)
          .with(PROGRAMME, programme.getId()).with(NOTE, PreReading.text(programme)));
    }

    Variables.set(execution, Vars.WORKSHOP_IDS, List.of(mentors.getId(), mentees.getId()));
    Variables.set(execution, Vars.WORKSHOPS_HELD_BY,
        mentees.getScheduledAt().plus(Duration.ofMinutes(WORKSHOP_MINUTES)));
    Variables.set(execution, Vars.KICK_OFF_PLAN_BY, mentors.getScheduledAt());
  }

  /**
   * A week before sessions start, or, when that is less than a week away, the first weekday at
   * least a week from now; at 10:00 UTC.
   */
  private Instant firstDay(Programme programme) {
    LocalDate beforeSessions = programme.getSessionsStart().minusDays(NOTICE.toDays());
    LocalDate earliest = LocalDate.ofInstant(context.now().plus(NOTICE), ZoneOffset.UTC).plusDays(1);
    LocalDate day = weekday(beforeSessions.isBefore(earliest) ? earliest : beforeSessions);
    return day.atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC);
  }

  private Workshop plan(Cohort cohort, WorkshopKind kind, EventAudience audience, Instant at) {
    Workshop workshop = context.data().workshops().add(new Workshop(cohort, kind,
        EventTexts.kickOffTitle(kind, cohort.getProgramme()).in(EventTexts.KEPT_IN), at, WORKSHOP_MINUTES, audience,
        EventTexts.online().in(EventTexts.KEPT_IN), EventTexts.kickOffAgenda(kind).in(EventTexts.KEPT_IN)));
    EventInvitations.invite(context, workshop);
    return workshop;
  }

  /** The day itself, or the Monday after when it falls on a weekend. */
  static LocalDate weekday(LocalDate day) {
    LocalDate weekday = day;
    while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }
}
