package org.flipside.internal.delegate.workshops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.EventAudience;
import org.flipside.model.Programme;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/**
 * Plans the programme's knowledge sessions for the whole group, as planned events held online, spread evenly through the
 * sessions (one falls at the midpoint), and invites everyone with a message and a calendar invite.
 * Registers the programme manager has not filled in by the end of the sessions close then.
 */
public final class ScheduleKnowledgeSessions implements JavaDelegate {

  static final int SESSION_MINUTES = 90;
  private static final LocalTime STARTS_AT = LocalTime.of(14, 0);

  private final DelegateContext context;

  public ScheduleKnowledgeSessions(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    SessionsWindow window = SessionsWindow.of(programme, context.now());
    int count = programme.getKnowledgeSessions();
    Duration between = Duration.between(window.begins(), window.ends()).dividedBy(count + 1);
    ArrayList<String> ids = new ArrayList<>();
    List<Instant> ends = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      LocalDate day = ScheduleWorkshops.weekday(
          LocalDate.ofInstant(window.begins().plus(between.multipliedBy(number)), ZoneOffset.UTC));
      Workshop session = context.data().workshops().add(new Workshop(cohort, WorkshopKind.KNOWLEDGE_SESSION,
          EventTexts.knowledgeSessionTitle(number, count, programme).in(EventTexts.KEPT_IN),
          day.atTime(STARTS_AT).toInstant(ZoneOffset.UTC), SESSION_MINUTES, EventAudience.EVERYONE,
          EventTexts.online().in(EventTexts.KEPT_IN), EventTexts.knowledgeSessionAgenda().in(EventTexts.KEPT_IN)));
      EventInvitations.invite(context, session);
      ids.add(session.getId());
      ends.add(session.getScheduledAt().plus(Duration.ofMinutes(SESSION_MINUTES)));
    }
    Variables.set(execution, Vars.KNOWLEDGE_SESSION_IDS, ids);
    Variables.set(execution, Vars.KNOWLEDGE_SESSION_ENDS, ends);
    Variables.set(execution, Vars.KNOWLEDGE_SESSIONS_CLOSE_AT, window.ends());
  }

}
