package org.flipside.internal.delegate.recruitment;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Programme;

/**
 * Before a new cohort invites anyone, offers a place to everyone on the programme's waitlist who still works here,
 * with a week to confirm or decline. An applicant waitlisted twice is offered once, on their latest application.
 */
public final class OfferWaitlistedPlaces implements JavaDelegate {

  /** How long the waitlist has to answer; the invitations to everyone else wait at most this long. */
  static final Duration REPLY_WINDOW = Duration.ofDays(7);

  private final DelegateContext context;
  private final Waitlist waitlist;

  public OfferWaitlistedPlaces(DelegateContext context) {
    this.context = context;
    this.waitlist = new Waitlist(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    Instant deadline = context.now().plus(REPLY_WINDOW);
    List<Application> waiting = waitlist.waiting(programme);
    List<String> offered = waiting.stream().map(Application::getEmployeeId).distinct().sorted().toList();
    for (Application application : waiting) {
      boolean latest = waiting.stream().filter(other -> other.getEmployeeId().equals(application.getEmployeeId()))
          .allMatch(other -> other.getCohort().getNumber() <= application.getCohort().getNumber());
      application.setStatus(latest ? ApplicationStatus.OFFERED : ApplicationStatus.CARRIED_OVER);
      application.setStatusReason(latest ? "offered a place in the next cohort" : "offered on a later application");
    }
    for (String employeeId : offered) {
      context.notifications().send(employeeId, Message.of(NotificationTopic.PLACE_OFFERED)
          .with(NotificationParameter.PROGRAMME, programme.getId()).with(NotificationParameter.DEADLINE, deadline));
    }
    Variables.set(execution, Vars.WAITLISTED_IDS, offered);
    Variables.set(execution, Vars.PLACE_OFFER_DEADLINE, deadline);
  }
}
