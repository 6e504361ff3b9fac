package org.flipside.internal.delegate.rollout;

import java.util.List;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.ParticipantStatus;

/**
 * The people who completed a cohort and still work for the organisation: the ones asked to be ambassadors, and
 * its mentors the ones a cascade invites back.
 */
public final class CompletedParticipants {

  private CompletedParticipants() {
  }

  /** Both roles, as sorted employee ids. */
  public static List<String> of(DelegateContext context, Cohort cohort) {
    return ids(context, context.data().participants().findByCohort(cohort.getId()));
  }

  /** One role, as sorted employee ids. */
  public static List<String> of(DelegateContext context, Cohort cohort, ParticipantRole role) {
    return ids(context, context.data().participants().findByCohortAndRole(cohort.getId(), role));
  }

  private static List<String> ids(DelegateContext context, List<Participant> participants) {
    return participants.stream()
        .filter(participant -> participant.getStatus() == ParticipantStatus.COMPLETED)
        .map(Participant::getEmployeeId)
        .filter(context.directory()::isEmployed)
        .distinct()
        .sorted()
        .toList();
  }
}
