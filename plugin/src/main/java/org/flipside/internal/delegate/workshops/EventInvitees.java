package org.flipside.internal.delegate.workshops;

import java.util.List;
import java.util.stream.Stream;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Workshop;

/**
 * Who a planned event is for, from its audience: one side of the cohort, everyone, the pairs (those meeting, and
 * those that met until the end), or those named.
 */
public final class EventInvitees {

  private EventInvitees() {}

  /** The event with this id, which the process or the programme team planned. */
  public static Workshop event(DelegateContext context, String eventId) {
    return context.data().workshops().find(eventId)
        .orElseThrow(() -> new IllegalStateException("no planned event " + eventId));
  }

  /** The participants the event invites, each once. */
  public static List<Participant> of(DelegateContext context, Workshop event) {
    String cohortId = event.getCohort().getId();
    return switch (event.getAudience()) {
      case MENTORS -> context.data().participants().findByCohortAndRole(cohortId, ParticipantRole.MENTOR);
      case MENTEES -> context.data().participants().findByCohortAndRole(cohortId, ParticipantRole.MENTEE);
      case EVERYONE -> context.data().participants().findByCohort(cohortId);
      // a pair that met until the end stays invited: its register and the report are read after it completed
      case PAIRS -> context.data().pairings().findByCohort(cohortId).stream()
          .filter(pairing -> pairing.getStatus() == PairingStatus.ACTIVE
              || pairing.getStatus() == PairingStatus.COMPLETED)
          .flatMap(EventInvitees::partners).distinct().toList();
      case NAMED -> event.getNamedInvitees();
    };
  }

  private static Stream<Participant> partners(Pairing pairing) {
    return Stream.of(pairing.getMentor(), pairing.getMentee());
  }
}
