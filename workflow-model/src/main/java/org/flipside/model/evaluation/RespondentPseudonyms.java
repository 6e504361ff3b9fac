package org.flipside.model.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.flipside.model.Cohort;

/**
 * Gives each respondent of a cohort a pseudonym, so that their baseline and final answers can be paired
 * without any answer naming them.
 *
 * <p>Why a keyed hash (HMAC-SHA-256 of the employee id under a per-cohort secret): a random token per
 * response cannot be paired; a plain hash of the employee id can be reversed by hashing every id in the host
 * directory; storing a person-to-token map would be the very link we must not keep. The cohort's secret is
 * derived from the host's key ({@link PseudonymHostKey}, never in the database) and a random salt in its own
 * table ({@link SurveyKey}): someone who reads the database has the salt without the host key, and someone who
 * has the host key later finds the salt destroyed, since it goes when the cohort's surveys close. A secret per
 * cohort also keeps one person's answers in two cohorts apart.
 *
 * <p>An instance reads each cohort's key once, however many pseudonyms, tags and seals it derives from it, so it
 * serves one transaction.
 */
public final class RespondentPseudonyms {

  private final SurveyKeyRepository keys;
  private final PseudonymHostKey hostKey;
  /** The secrets of the cohorts whose key this instance has read, by cohort id. */
  private final Map<String, byte[]> secrets = new HashMap<>();

  /**
   * @param hostKey the host's key, or {@code null} where only {@link #destroy} is used
   */
  public RespondentPseudonyms(SurveyKeyRepository keys, PseudonymHostKey hostKey) {
    this.keys = keys;
    this.hostKey = hostKey;
  }

  /**
   * The respondent's pseudonym in the cohort; makes the cohort's salt on first use.
   *
   * @throws IllegalStateException when the cohort's surveys are closed and its salt destroyed, or when the host
   *     supplied no key
   */
  public String pseudonym(Cohort cohort, String employeeId, Instant now) {
    return HexFormat.of().formatHex(
        PseudonymHostKey.hmac(secret(cohort, now), employeeId.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The cohort's pseudonym secret, which also seals its waiting answers ({@link AnswerSeal}); makes the cohort's salt
   * on first use.
   *
   * @throws IllegalStateException as {@link #pseudonym} does
   */
  byte[] secret(Cohort cohort, Instant now) {
    if (hostKey == null) {
      throw new IllegalStateException("survey pseudonyms need the host's key, which this host does not supply");
    }
    return secrets.computeIfAbsent(cohort.getId(), cohortId -> hostKey.cohortSecret(
        keys.findByCohort(cohortId).orElseGet(() -> keys.save(new SurveyKey(cohort, now))).salt()));
  }

  /** Destroys the cohort's salt; the pseudonyms already stored can never again be linked to anyone. */
  public void destroy(Cohort cohort, Instant now) {
    secrets.remove(cohort.getId());
    SurveyKey key = keys.findByCohort(cohort.getId()).orElseGet(() -> keys.save(new SurveyKey(cohort, now)));
    if (!key.isDestroyed()) {
      key.destroy(now);
    }
  }
}
