package org.flipside.internal.delegate.matching;

import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/**
 * Publishes the approved proposal: introduces both partners of each pair, and puts participants
 * left without a partner on the waitlist.
 */
public final class PublishMatches implements JavaDelegate {

  private final DelegateContext context;
  private final Introductions introductions;

  public PublishMatches(DelegateContext context) {
    this.context = context;
    this.introductions = new Introductions(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!Variables.list(execution, Vars.REJECTED_PAIRING_IDS).isEmpty()) {
      throw ValidationException.of(Vars.REJECTED_PAIRING_IDS.name(),
          "ruling pairs out needs a new proposal: choose to propose again, or untick them to publish");
    }
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    List<Pairing> pairs = context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.PROPOSED);
    Set<String> matched = new HashSet<>();
    for (Pairing pairing : pairs) {
      pairing.publish(context.now());
      matched.add(pairing.getMentor().getId());
      matched.add(pairing.getMentee().getId());
      introductions.introduce(pairing);
    }
    for (Participant participant : context.data().participants().findByCohort(cohort.getId())) {
      if (!matched.contains(participant.getId()) && participant.getApplication() != null) {
        participant.getApplication().setStatus(ApplicationStatus.WAITLISTED);
        participant.getApplication().setStatusReason("no suitable partner in this cohort");
        context.notifications().send(participant.getEmployeeId(),
            Message.of(NotificationTopic.MATCH_WAITLISTED).with(PROGRAMME, programme.getId()));
      }
    }
    cohort.setStatus(CohortStatus.RUNNING);
    Variables.set(execution, Vars.PAIRING_IDS, pairs.stream().map(Pairing::getId).toList());
  }
}
