package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.PrivateReflection;

/** Stores private reflections, which only ever come back to their author. */
public class PrivateReflectionRepository extends EntityRepository<PrivateReflection> {

  public PrivateReflectionRepository(EntityManager em) {
    super(em, PrivateReflection.class, PrivateReflection::getId);
  }

  /** The author's reflections on one pairing, oldest first. */
  public List<PrivateReflection> findByPairingAndAuthor(String pairingId, String authorId) {
    return query("SELECT r FROM PrivateReflection r WHERE r.pairing.id = :pairingId AND r.authorId = :authorId"
        + " ORDER BY r.writtenAt, r.id")
        .setParameter("pairingId", pairingId)
        .setParameter("authorId", authorId)
        .getResultList();
  }
}
