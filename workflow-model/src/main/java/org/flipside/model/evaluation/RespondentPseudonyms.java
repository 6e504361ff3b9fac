package org.flipside.model.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flipside.model.Cohort;

/**
 * Gives each respondent of a cohort a pseudonym, so that their baseline and final answers can be paired
 * without any answer naming them.
 *
 * <p>Why a keyed hash (HMAC-SHA-256 of the employee id under a random per-cohort secret): a random token per
 * response cannot be paired; a plain hash of the employee id can be reversed by hashing every id in the host
 * directory; storing a person-to-token map would be the very link we must not keep. With the keyed hash the
 * secret lives in its own table ({@link SurveyKey}), never beside the answers, and is destroyed when the
 * cohort's surveys close: from then on the pseudonyms cannot be recomputed by anyone. A secret per cohort also
 * keeps one person's answers in two cohorts apart.
 */
public final class RespondentPseudonyms {

  private final SurveyKeyRepository keys;

  public RespondentPseudonyms(SurveyKeyRepository keys) {
    this.keys = keys;
  }

  /**
   * The respondent's pseudonym in the cohort; makes the cohort's secret on first use.
   *
   * @throws IllegalStateException when the cohort's surveys are closed and its secret destroyed
   */
  public String pseudonym(Cohort cohort, String employeeId, Instant now) {
    SurveyKey key = keys.findByCohort(cohort.getId()).orElseGet(() -> keys.save(new SurveyKey(cohort, now)));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(employeeId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Destroys the cohort's secret; the pseudonyms already stored can never again be linked to anyone. */
  public void destroy(Cohort cohort, Instant now) {
    SurveyKey key = keys.findByCohort(cohort.getId()).orElseGet(() -> keys.save(new SurveyKey(cohort, now)));
    if (!key.isDestroyed()) {
      key.destroy(now);
    }
  }
}
