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

  /** The pair's latest version that has been neither superseded nor declined: a draft or the confirmed one. */
  public Optional<LearningAgreement> findCurrent(String pairingId) {
    return first("SELECT a FROM LearningAgreement a WHERE a.pairing.id = :pairingId"
        + " AND a.status NOT IN :gone ORDER BY a.agreementVersion DESC",
        "pairingId", pairingId, "gone", List.of(AgreementStatus.SUPERSEDED, AgreementStatus.DECLINED));
  }

  /** The current version when it still waits for confirmation: a first draft or a proposed change. */
  public Optional<LearningAgreement> findPendingDraft(String pairingId) {
    return pendingDraftOf(findCurrent(pairingId));
  }

  /**
   * The pending draft given the pair's current version as {@link #findCurrent} found it: for a caller that needs
   * both, with one read.
   */
  public static Optional<LearningAgreement> pendingDraftOf(Optional<LearningAgreement> current) {
    return current.filter(LearningAgreement::isDraft);
  }

  /** The version both partners confirmed last, which holds while a change waits for confirmation. */
  public Optional<LearningAgreement> findConfirmed(String pairingId) {
    return first("SELECT a FROM LearningAgreement a WHERE a.pairing.id = :pairingId"
        + " AND a.status = :confirmed ORDER BY a.agreementVersion DESC",
        "pairingId", pairingId, "confirmed", AgreementStatus.CONFIRMED);
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
