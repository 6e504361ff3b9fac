package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;

/** Stores applications. */
public class ApplicationRepository extends EntityRepository<Application> {

  public ApplicationRepository(EntityManager em) {
    super(em, Application.class, Application::getId);
  }

  /** A cohort's applications in the order they arrived. */
  public List<Application> findByCohort(String cohortId) {
    return query("SELECT a FROM Application a WHERE a.cohort.id = :cohortId ORDER BY a.submittedAt, a.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /** A cohort's applications with the given status, in the order they arrived. */
  public List<Application> findByCohortAndStatus(String cohortId, ApplicationStatus status) {
    return query("SELECT a FROM Application a WHERE a.cohort.id = :cohortId AND a.status = :status"
        + " ORDER BY a.submittedAt, a.id")
        .setParameter("cohortId", cohortId)
        .setParameter("status", status)
        .getResultList();
  }

  /** The programme's applications with the given status, in any cohort, in the order they arrived. */
  public List<Application> findByProgrammeAndStatus(String programmeId, ApplicationStatus status) {
    return query("SELECT a FROM Application a WHERE a.cohort.programme.id = :programmeId AND a.status = :status"
        + " ORDER BY a.submittedAt, a.id")
        .setParameter("programmeId", programmeId)
        .setParameter("status", status)
        .getResultList();
  }

  /** The employee's application to the cohort, if they applied. */
  public Optional<Application> findByCohortAndEmployee(String cohortId, String employeeId) {
    return first("SELECT a FROM Application a WHERE a.cohort.id = :cohortId AND a.employeeId = :employeeId",
        "cohortId", cohortId, "employeeId", employeeId);
  }

  public long countByCohort(String cohortId) {
    return count("SELECT COUNT(a) FROM Application a WHERE a.cohort.id = :cohortId", "cohortId", cohortId);
  }

  public long countByCohortAndStatus(String cohortId, ApplicationStatus status) {
    return count("SELECT COUNT(a) FROM Application a WHERE a.cohort.id = :cohortId AND a.status = :status",
        "cohortId", cohortId, "status", status);
  }

  /** Everyone who applied to any cohort of the programme. */
  public Set<String> employeesWhoApplied(String programmeId) {
    return new LinkedHashSet<>(em.createQuery(
            "SELECT DISTINCT a.employeeId FROM Application a WHERE a.cohort.programme.id = :programmeId"
                + " ORDER BY a.employeeId", String.class)
        .setParameter("programmeId", programmeId)
        .getResultList());
  }

  /** Whether the employee ever applied to any programme. */
  public boolean existsForEmployee(String employeeId) {
    return count("SELECT COUNT(a) FROM Application a WHERE a.employeeId = :employeeId", "employeeId", employeeId) > 0;
  }

  /** Every application the employee made, in any programme, oldest first. */
  public List<Application> findByEmployee(String employeeId) {
    return query("SELECT a FROM Application a WHERE a.employeeId = :employeeId ORDER BY a.submittedAt, a.id")
        .setParameter("employeeId", employeeId)
        .getResultList();
  }
}
