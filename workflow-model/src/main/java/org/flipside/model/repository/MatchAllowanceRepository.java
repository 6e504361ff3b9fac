package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.flipside.model.MatchAllowance;

/** Stores the pairs the HR admin allowed against the matching rules. */
public class MatchAllowanceRepository extends EntityRepository<MatchAllowance> {

  public MatchAllowanceRepository(EntityManager em) {
    super(em, MatchAllowance.class, MatchAllowance::getId);
  }

  /** The cohort's allowances, in the order they were given. */
  public List<MatchAllowance> findByCohort(String cohortId) {
    return query("SELECT a FROM MatchAllowance a WHERE a.cohort.id = :cohortId ORDER BY a.allowedAt, a.id")
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /** The allowance of one pair of the cohort, if given. */
  public Optional<MatchAllowance> findPair(String cohortId, String mentorEmployeeId, String menteeEmployeeId) {
    return first("SELECT a FROM MatchAllowance a WHERE a.cohort.id = :cohortId"
        + " AND a.mentorEmployeeId = :mentor AND a.menteeEmployeeId = :mentee",
        "cohortId", cohortId, "mentor", mentorEmployeeId, "mentee", menteeEmployeeId);
  }
}
