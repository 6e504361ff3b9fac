package org.flipside.internal.delegate.recruitment;

import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/**
 * Turns the HR admin's review into participants: eligible applications the admin did not reject
 * are approved up to the cohort size on each side, first those carried over from the waitlist (who confirmed the
 * place offered to them, in the order they first applied), then new applications in the order they arrived; the rest
 * wait for the next cohort.
 */
public final class ApproveApplicants implements JavaDelegate {

  private final DelegateContext context;

  public ApproveApplicants(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    Set<String> rejected = new HashSet<>(Variables.list(execution, Vars.REJECTED_APPLICATION_IDS));
    List<Application> eligible = context.data().applications()
        .findByCohortAndStatus(cohort.getId(), ApplicationStatus.ELIGIBLE).stream()
        .sorted(Comparator.comparing((Application application) -> application.getWaitlistedFrom() == null)
            .thenComparing(Application::getSubmittedAt).thenComparing(Application::getEmployeeId))
        .toList();

    Map<ParticipantRole, Integer> approved = new EnumMap<>(ParticipantRole.class);
    for (Application application : eligible) {
      if (rejected.contains(application.getId())) {
        application.setStatus(ApplicationStatus.REJECTED);
        application.setStatusReason("not approved by the programme manager");
        notify(application, programme, NotificationTopic.APPLICATION_NOT_APPROVED);
      } else if (approved.merge(application.getRole(), 1, Integer::sum) <= programme.getCohortSize()) {
        application.setStatus(ApplicationStatus.APPROVED);
        context.data().participants().add(new Participant(application, context.now()));
        notify(application, programme, NotificationTopic.APPLICATION_APPROVED);
      } else {
        application.setStatus(ApplicationStatus.WAITLISTED);
        application.setStatusReason("the cohort is full");
        notify(application, programme, NotificationTopic.APPLICATION_WAITLISTED);
      }
    }
    cohort.setStatus(CohortStatus.MATCHING);
  }

  private void notify(Application application, Programme programme, NotificationTopic topic) {
    context.notifications().send(application.getEmployeeId(), Message.of(topic).with(PROGRAMME, programme.getId()));
  }
}
