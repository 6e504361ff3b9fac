package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;

/** Stores participants. */
public class ParticipantRepository extends EntityRepository<Participant> {

  public ParticipantRepository(EntityManager em) {
    super(em, Participant.class, Participant::getId);
  }

  /** A cohort's participants in the order they joined. */
  public List<Participant> findByCohort(String cohortId) {
    return query("SELECT p FROM Participant p WHERE p.cohort.id = :cohortId ORDER BY p.joinedAt, p.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /** A cohort's mentors or mentees in the order they joined. */
  public List<Participant> findByCohortAndRole(String cohortId, ParticipantRole role) {
    return query("SELECT p FROM Participant p WHERE p.cohort.id = :cohortId AND p.role = :role"
        + " ORDER BY p.joinedAt, p.id")
        .setParameter("cohortId", cohortId)
        .setParameter("role", role)
        .getResultList();
  }

  public long countByCohortAndRole(String cohortId, ParticipantRole role) {
    return count("SELECT COUNT(p) FROM Participant p WHERE p.cohort.id = :cohortId AND p.role = :role",
        "cohortId", cohortId, "role", role);
  }

  /** The employee's place in the cohort, if they have one. */
  public Optional<Participant> findByCohortAndEmployee(String cohortId, String employeeId) {
    return first("SELECT p FROM Participant p WHERE p.cohort.id = :cohortId AND p.employeeId = :employeeId",
        "cohortId", cohortId, "employeeId", employeeId);
  }

  /** Every place the employee has had, in any cohort of any programme, oldest first. */
  public List<Participant> findByEmployee(String employeeId) {
    return query("SELECT p FROM Participant p WHERE p.employeeId = :employeeId ORDER BY p.joinedAt, p.id")
        .setParameter("employeeId", employeeId)
        .getResultList();
  }
}
