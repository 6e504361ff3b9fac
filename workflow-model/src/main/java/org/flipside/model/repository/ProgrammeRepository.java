package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Programme;

/** Stores programmes. */
public class ProgrammeRepository extends EntityRepository<Programme> {

  public ProgrammeRepository(EntityManager em) {
    super(em, Programme.class, Programme::getId);
  }

  /** Every programme, newest first. */
  public List<Programme> findAll() {
    return query("SELECT p FROM Programme p ORDER BY p.createdAt DESC, p.id").getResultList();
  }
}
