package org.flipside.internal.delegate.evaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Cohort;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantStatus;

/**
 * Who is asked a cohort's surveys: everyone in a published pair, whichever way the pairing went, except those who
 * left the programme (a leaver or a role change).
 */
final class SurveyRespondents {

  private static final EnumSet<PairingStatus> TOOK_PART =
      EnumSet.of(PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED_EARLY);

  private SurveyRespondents() {
  }

  /** Their employee ids, sorted, each once even when they were in several pairs. */
  static List<String> of(DelegateContext context, Cohort cohort) {
    return tookPart(context, cohort).toList();
  }

  /**
   * Those asked the cohort's final survey when the sessions end: as {@link #of}, but not anyone whose rematched pair
   * still runs, who answers when that pair finishes.
   */
  static List<String> finished(DelegateContext context, Cohort cohort) {
    Set<String> stillPaired = context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.ACTIVE)
        .stream()
        .flatMap(pairing -> Stream.of(pairing.getMentor(), pairing.getMentee()))
        .map(Participant::getEmployeeId)
        .collect(Collectors.toSet());
    return tookPart(context, cohort).filter(employeeId -> !stillPaired.contains(employeeId)).toList();
  }

  private static Stream<String> tookPart(DelegateContext context, Cohort cohort) {
    return context.data().pairings().findByCohort(cohort.getId()).stream()
        .filter(pairing -> TOOK_PART.contains(pairing.getStatus()))
        .flatMap(pairing -> Stream.of(pairing.getMentor(), pairing.getMentee()))
        .filter(participant -> participant.getStatus() != ParticipantStatus.WITHDRAWN)
        .map(Participant::getEmployeeId)
        .distinct()
        .sorted();
  }
}
