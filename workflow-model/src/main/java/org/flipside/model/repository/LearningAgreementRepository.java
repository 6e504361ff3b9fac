package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.flipside.model.AgreementStatus;
import org.flipside.model.LearningAgreement;

/** Stores learning agreement versions. */
public class LearningAgreementRepository extends EntityRepository<LearningAgreement> {

  public LearningAgreementRepository(EntityManager em) {
    super(em, LearningAgreement.class, LearningAgreement::getId);
  }

  /** The pair's latest version that has not been superseded. */
  public Optional<LearningAgreement> findCurrent(String pairingId) {
    return first(query("SELECT a FROM LearningAgreement a WHERE a.pairing.id = :pairingId"
        + " AND a.status <> :superseded ORDER BY a.agreementVersion DESC")
        .setParameter("pairingId", pairingId)
        .setParameter("superseded", AgreementStatus.SUPERSEDED));
  }

  /** Every version the pair drafted, oldest first. */
  public List<LearningAgreement> findByPairing(String pairingId) {
    return query("SELECT a FROM LearningAgreement a WHERE a.pairing.id = :pairingId ORDER BY a.agreementVersion")
        .setParameter("pairingId", pairingId)
        .getResultList();
  }

  /** The version number the pair's next draft gets: 1 for the first. */
  public int nextVersion(String pairingId) {
    return max("SELECT MAX(a.agreementVersion) FROM LearningAgreement a WHERE a.pairing.id = :pairingId",
        "pairingId", pairingId) + 1;
  }
}
