package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Concern;

/** Stores concerns. */
public class ConcernRepository extends EntityRepository<Concern> {

  public ConcernRepository(EntityManager em) {
    super(em, Concern.class, Concern::getId);
  }

  /** A programme's concerns, oldest first. */
  public List<Concern> findByProgramme(String programmeId) {
    return query("SELECT c FROM Concern c WHERE c.programme.id = :programmeId ORDER BY c.raisedAt, c.id")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  /** The concerns an employee raised, in any programme, newest first. */
  public List<Concern> findByRaiser(String employeeId) {
    return query("SELECT c FROM Concern c WHERE c.raisedBy = :employeeId ORDER BY c.raisedAt DESC, c.id")
        .setParameter("employeeId", employeeId)
        .getResultList();
  }
}
