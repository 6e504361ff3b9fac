package org.flipside.internal.delegate.recruitment;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.spi.Employee;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;

/**
 * The waitlist as a promise. Whoever a cohort could not take waits for the programme's next cohort, which offers
 * them a place before anyone else is invited: a confirmed place is carried over into the new cohort as an
 * application approved ahead of every new applicant; a declined one is released. If the programme stops instead,
 * everyone still waiting is told.
 */
public final class Waitlist {

  private final DelegateContext context;

  public Waitlist(DelegateContext context) {
    this.context = context;
  }

  /** The programme's waitlisted applications, of every earlier cohort, whose applicants still work here. */
  List<Application> waiting(Programme programme) {
    return context.data().applications().findByProgrammeAndStatus(programme.getId(), ApplicationStatus.WAITLISTED)
        .stream()
        .filter(application -> context.directory().isEmployed(application.getEmployeeId()))
        .toList();
  }

  /** The application a place was offered on, if the person has one open. */
  Optional<Application> offeredTo(Programme programme, String employeeId) {
    return context.data().applications().findByProgrammeAndStatus(programme.getId(), ApplicationStatus.OFFERED)
        .stream()
        .filter(application -> application.getEmployeeId().equals(employeeId))
        .findFirst();
  }

  /**
   * As the new cohort opens: each confirmed place becomes an application to it, eligible (or not) under the bands the
   * programme recruits from now; an offer left unanswered lapses and its applicant stays on the waitlist.
   */
  void carryOver(Cohort next) {
    Programme programme = next.getProgramme();
    for (Application confirmed : context.data().applications()
        .findByProgrammeAndStatus(programme.getId(), ApplicationStatus.PLACE_CONFIRMED)) {
      Optional<Employee> now = context.directory().employed(confirmed.getEmployeeId());
      if (now.isEmpty()) {
        continue;
      }
      Application carried = confirmed.carriedOverTo(next, now.get().band(), now.get().department());
      String ineligibility = ApplicationAnswers.ineligibility(programme, carried.getRole(), carried.getBand());
      carried.setStatus(ineligibility == null ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
      carried.setStatusReason(ineligibility == null ? "confirmed the place offered from the waitlist" : ineligibility);
      context.data().applications().add(carried);
      confirmed.setStatus(ApplicationStatus.CARRIED_OVER);
      confirmed.setStatusReason("carried over to cohort " + next.getNumber());
    }
    for (Application unanswered : context.data().applications()
        .findByProgrammeAndStatus(programme.getId(), ApplicationStatus.OFFERED)) {
      unanswered.setStatus(ApplicationStatus.WAITLISTED);
      unanswered.setStatusReason("did not answer the place offered to cohort " + next.getNumber() + " in time");
    }
  }

  /**
   * Tells everyone still waiting that the programme will have no next cohort, and closes the waitlist: those on it,
   * offered a place or confirmed one, and those whose confirmed place was carried over into a cohort not yet approved.
   */
  public void programmeEnded(Programme programme, Ending why) {
    List<Application> carriedOver = context.data().applications()
        .findByProgrammeAndStatus(programme.getId(), ApplicationStatus.ELIGIBLE).stream()
        .filter(application -> application.getWaitlistedFrom() != null)
        .toList();
    List<List<Application>> waitingLists = new ArrayList<>(List.of(carriedOver));
    for (ApplicationStatus status : List.of(ApplicationStatus.WAITLISTED, ApplicationStatus.OFFERED,
        ApplicationStatus.PLACE_CONFIRMED)) {
      waitingLists.add(context.data().applications().findByProgrammeAndStatus(programme.getId(), status));
    }
    Set<String> told = new HashSet<>();
    for (List<Application> waitingList : waitingLists) {
      for (Application waiting : waitingList) {
        waiting.setStatus(ApplicationStatus.REJECTED);
        waiting.setStatusReason("the waitlist closed: " + why.reason);
        if (context.directory().isEmployed(waiting.getEmployeeId()) && told.add(waiting.getEmployeeId())) {
          context.notifications().send(waiting.getEmployeeId(), Message.of(NotificationTopic.WAITLIST_ENDED)
              .with(NotificationParameter.PROGRAMME, programme.getId())
              .with(NotificationParameter.ENDED_BECAUSE, why.value));
        }
      }
    }
  }

  /** Why a programme ends with people still waiting: its value in the message, its reason on their applications. */
  public enum Ending {
    CANCELLED("cancelled", "the programme was cancelled"),
    STOPPED("stopped", "the sponsor decided to stop the programme");

    private final String value;
    private final String reason;

    Ending(String value, String reason) {
      this.value = value;
      this.reason = reason;
    }
  }
}
