package org.flipside.internal.delegate.recruitment;

import static org.flipside.spi.NotificationParameter.AMBASSADORS;
import static org.flipside.spi.NotificationParameter.AMBASSADOR_COUNT;
import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.INVITED_AS;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.rollout.AmbassadorsNote;
import org.flipside.internal.delegate.rollout.CompletedParticipants;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;
import org.flipside.spi.NotificationTopic;

/**
 * Opens a cohort's application window: carries over the places the waitlist confirmed ({@link Waitlist}), invites every employee the eligibility decision invites who has not taken
 * part in an earlier cohort, on the side it names, and, when the sponsor chose a cascade,
 * the last cohort's mentors back as returning mentors. The invitation names the last cohort's ambassadors.
 */
public final class OpenRecruitment implements JavaDelegate {

  private static final Set<String> INVITED = Set.of(Decisions.AS_MENTOR, Decisions.AS_MENTEE, Decisions.AS_EITHER);

  /** How a returning mentor is invited, beside the sides the eligibility decision invites people as. */
  private static final String RETURNING_MENTOR = "returning-mentor";

  private final DelegateContext context;

  public OpenRecruitment(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    Optional<Cohort> previous = context.data().cohorts().findCurrent(programme.getId());
    Instant deadline = context.now().plus(Duration.ofDays(programme.getApplicationWindowDays()));
    Cohort cohort = context.data().cohorts().add(
        new Cohort(programme, context.data().cohorts().nextNumber(programme.getId()), deadline, context.now()));
    new Waitlist(context).carryOver(cohort);

    Set<String> earlierApplicants = context.data().applications().employeesWhoApplied(programme.getId());
    List<Employee> candidates = context.directory().employees().stream()
        .filter(Employee::employed)
        .filter(employee -> !earlierApplicants.contains(employee.id()))
        .toList();
    Map<String, String> sides = new HashMap<>();
    new Eligibility(execution.getProcessEngineServices().getRepositoryService()).invitations(programme, candidates, context.directory())
        .forEach((id, side) -> {
          if (INVITED.contains(side)) {
            sides.put(id, side);
          }
        });
    List<String> returningMentors = programme.isRolloutCascade() && previous.isPresent()
        ? CompletedParticipants.of(context, previous.get(), ParticipantRole.MENTOR)
        : List.of();
    Set<String> invitees = new TreeSet<>(sides.keySet());
    invitees.addAll(returningMentors);
    List<String> ambassadors = AmbassadorsNote.ids(context.data(), context.directory(), previous.orElse(null));

    cohort.openInvitations(invitees.size());
    Variables.set(execution, Vars.COHORT_ID, cohort.getId());
    Variables.set(execution, Vars.INVITEES, List.copyOf(invitees));
    Variables.set(execution, Vars.INVITATIONS_SENT, 0);
    Variables.set(execution, Vars.APPLICATION_DEADLINE, deadline);
    for (String invitee : invitees) {
      context.notifications().send(invitee, Message.of(NotificationTopic.INVITATION_TO_APPLY)
          .with(PROGRAMME, programme.getId())
          .with(INVITED_AS, returningMentors.contains(invitee) ? RETURNING_MENTOR : sides.get(invitee))
          .with(DEADLINE, deadline).with(AMBASSADORS, ambassadors).with(AMBASSADOR_COUNT, ambassadors.size()));
    }
  }
}
