package org.flipside.internal.delegate.workshops;

import java.util.List;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/** Who a workshop is for: one side of the cohort for a kick-off, everyone for a knowledge session. */
final class WorkshopInvitees {

  private WorkshopInvitees() {}

  static Workshop workshop(DelegateContext context, String workshopId) {
    return context.data().workshops().find(workshopId)
        .orElseThrow(() -> new IllegalStateException("no workshop " + workshopId));
  }

  static List<Participant> of(DelegateContext context, Workshop workshop) {
    String cohortId = workshop.getCohort().getId();
    if (workshop.getKind() == WorkshopKind.KNOWLEDGE_SESSION) {
      return context.data().participants().findByCohort(cohortId);
    }
    ParticipantRole role =
        workshop.getKind() == WorkshopKind.MENTOR_KICK_OFF ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
    return context.data().participants().findByCohortAndRole(cohortId, role);
  }
}
