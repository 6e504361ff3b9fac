package org.flipside.internal.service;

import java.util.Optional;
import org.flipside.api.Ambassador;
import org.flipside.api.RolloutDecision;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;

/** The rollout decision as the API shows it, read from the programme and its ambassadors. */
final class RolloutRecord {

  private RolloutRecord() {
  }

  static Optional<RolloutDecision> of(Programme programme, Repositories data, Directory directory) {
    if (programme.getRolloutDecision() == null) {
      return Optional.empty();
    }
    return Optional.of(new RolloutDecision(
        ApiValues.rollout(programme.getRolloutDecision()),
        programme.getRolloutRationale(),
        programme.getRolloutDecidedAt(),
        programme.isRolloutCascade(),
        programme.isRolloutYearly(),
        programme.getMentorMaximumBand(),
        programme.getMenteeMinimumBand(),
        data.ambassadors().findByProgramme(programme.getId()).stream()
            .map(ambassador -> new Ambassador(ambassador.getEmployeeId(), directory.nameOf(ambassador.getEmployeeId()),
                ambassador.getFromCohort().getNumber(), ambassador.getAcceptedAt()))
            .toList()));
  }
}
