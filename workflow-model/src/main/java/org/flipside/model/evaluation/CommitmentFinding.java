package org.flipside.model.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A leader's follow-on commitment as the report shows it.
 *
 * @param description what was committed to
 * @param madeBy who made it, as a role, or null
 * @param status where it stands
 * @param dueOn when it is meant to be done, or null
 * @param updatedAt when its status was last set
 */
public record CommitmentFinding(String description, String madeBy, CommitmentStatus status, LocalDate dueOn,
    Instant updatedAt) {

  static CommitmentFinding of(LeaderCommitment commitment) {
    return new CommitmentFinding(commitment.getDescription(), commitment.getMadeBy(), commitment.getStatus(),
        commitment.getDueOn(), commitment.getUpdatedAt());
  }
}
