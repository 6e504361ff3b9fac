package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Ambassador;

/** Stores the ambassadors who accepted. */
public class AmbassadorRepository extends EntityRepository<Ambassador> {

  public AmbassadorRepository(EntityManager em) {
    super(em, Ambassador.class, Ambassador::getId);
  }

  /** The ambassadors from this cohort, in the order they accepted (by employee id when they accepted together). */
  public List<Ambassador> findByCohort(String cohortId) {
    return query("SELECT a FROM Ambassador a WHERE a.fromCohort.id = :cohortId ORDER BY a.acceptedAt, a.employeeId")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /**
   * Every ambassador of the programme, in the order they accepted; those who accepted at the same instant by cohort,
   * then by employee id.
   */
  public List<Ambassador> findByProgramme(String programmeId) {
    return query("SELECT a FROM Ambassador a WHERE a.fromCohort.programme.id = :programmeId"
        + " ORDER BY a.acceptedAt, a.fromCohort.number, a.employeeId")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  /** Whether the employee already accepted for this cohort. */
  public boolean exists(String cohortId, String employeeId) {
    return count("SELECT COUNT(a) FROM Ambassador a WHERE a.fromCohort.id = :cohortId"
        + " AND a.employeeId = :employeeId", "cohortId", cohortId, "employeeId", employeeId) > 0;
  }
}
