package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.flipside.model.Cohort;

/** Stores cohorts. */
public class CohortRepository extends EntityRepository<Cohort> {

  public CohortRepository(EntityManager em) {
    super(em, Cohort.class, Cohort::getId);
  }

  /** The cohort with its programme, read in one statement. */
  @Override
  public Optional<Cohort> find(String id) {
    return findJoining(id, List.of("e.programme"), List.of());
  }

  /** The programme's latest cohort (highest number). */
  public Optional<Cohort> findCurrent(String programmeId) {
    return first("SELECT c FROM Cohort c WHERE c.programme.id = :programmeId ORDER BY c.number DESC",
        "programmeId", programmeId);
  }

  /** The cohort before this one in its programme: none for the pilot, or when there is no such cohort. */
  public Optional<Cohort> findPrevious(String cohortId) {
    return first("SELECT previous FROM Cohort previous, Cohort c WHERE c.id = :cohortId"
        + " AND previous.programme = c.programme AND previous.number = c.number - 1",
        "cohortId", cohortId);
  }

  /** All cohorts of a programme, pilot first. */
  public List<Cohort> findByProgramme(String programmeId) {
    return query("SELECT c FROM Cohort c WHERE c.programme.id = :programmeId ORDER BY c.number")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  /**
   * Closes one of the round's open invitations, counting down in the database under the cohort row's lock, so that
   * of invitations answered at the same moment exactly one sees none left open.
   *
   * @return how many stay open
   */
  public int closeInvitation(String cohortId) {
    em.createQuery("UPDATE Cohort c SET c.openInvitations = c.openInvitations - 1 "
            + "WHERE c.id = :cohortId AND c.openInvitations > 0")
        .setParameter("cohortId", cohortId)
        .executeUpdate();
    return ((Number) em.createQuery("SELECT c.openInvitations FROM Cohort c WHERE c.id = :cohortId")
        .setParameter("cohortId", cohortId)
        .getSingleResult()).intValue();
  }

  /** The number the programme's next cohort gets: 1 for the pilot. */
  public int nextNumber(String programmeId) {
    return max("SELECT MAX(c.number) FROM Cohort c WHERE c.programme.id = :programmeId", "programmeId", programmeId)
        + 1;
  }
}
