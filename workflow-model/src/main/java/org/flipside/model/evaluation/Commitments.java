package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flipside.model.Programme;
import org.flipside.model.repository.EntityRepository;

/** Leaders' follow-on commitments of a programme and where each stands. Works in the caller's transaction. */
public final class Commitments {

  static final int MAXIMUM_DESCRIPTION = 500;
  static final int MAXIMUM_MADE_BY = 200;

  private final CommitmentRepository commitments;

  public Commitments(EntityManager em) {
    this.commitments = new CommitmentRepository(em);
  }

  /**
   * Records a commitment.
   *
   * @throws InvalidInputException naming each bad field; nothing is saved then
   */
  public LeaderCommitment add(Programme programme, String description, String madeBy, CommitmentStatus status,
      LocalDate dueOn, Instant now) {
    List<InputProblem> problems = new ArrayList<>();
    if (description == null || description.isBlank()) {
      problems.add(new InputProblem("description", "is required: what the leaders committed to"));
    } else if (description.strip().length() > MAXIMUM_DESCRIPTION) {
      problems.add(new InputProblem("description", "must be at most " + MAXIMUM_DESCRIPTION + " characters"));
    }
    if (madeBy != null && madeBy.strip().length() > MAXIMUM_MADE_BY) {
      problems.add(new InputProblem("madeBy", "must be at most " + MAXIMUM_MADE_BY + " characters"));
    }
    if (status == null) {
      problems.add(new InputProblem("status", "is required: PLANNED, IN_PROGRESS, DONE or DROPPED"));
    }
    InvalidInputException.throwIfAny(problems);
    return commitments.save(new LeaderCommitment(programme, description.strip(),
        madeBy == null || madeBy.isBlank() ? null : madeBy.strip(), status, dueOn,
        commitments.findByProgramme(programme.getId()).size() + 1, now));
  }

  /**
   * Moves a commitment of the programme to a new status.
   *
   * @return the commitment, or empty when the programme has none with this id
   * @throws InvalidInputException when the status is missing
   */
  public Optional<LeaderCommitment> update(Programme programme, String commitmentId, CommitmentStatus status,
      Instant now) {
    if (status == null) {
      throw new InvalidInputException(List.of(new InputProblem("status",
          "is required: PLANNED, IN_PROGRESS, DONE or DROPPED")));
    }
    Optional<LeaderCommitment> found = commitmentId == null ? Optional.empty() : commitments.find(commitmentId)
        .filter(commitment -> commitment.getProgramme().getId().equals(programme.getId()));
    found.ifPresent(commitment -> commitment.moveTo(status, now));
    return found;
  }

  /** The programme's commitments in the order recorded. */
  public List<LeaderCommitment> of(Programme programme) {
    return commitments.findByProgramme(programme.getId());
  }

  /** Stores commitments. */
  static final class CommitmentRepository extends EntityRepository<LeaderCommitment> {

    CommitmentRepository(EntityManager em) {
      super(em, LeaderCommitment.class, LeaderCommitment::getId);
    }

    List<LeaderCommitment> findByProgramme(String programmeId) {
      return query("SELECT c FROM LeaderCommitment c WHERE c.programme.id = :programmeId"
          + " ORDER BY c.position")
          .setParameter("programmeId", programmeId)
          .getResultList();
    }
  }
}
