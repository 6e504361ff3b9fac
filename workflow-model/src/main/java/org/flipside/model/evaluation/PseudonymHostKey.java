package org.flipside.model.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host's share of every survey pseudonym: a key kept outside Flipside's database, so that the database (or a
 * backup of it) alone never lets anyone re-hash the directory's ids into pseudonyms.
 *
 * <p>Flipside reuses the host's reflection key rather than asking for a second key file: one secret for the host to
 * keep, and the label below keeps the two uses apart (the reflection cipher uses the key itself, pseudonyms only a
 * key derived from it under this label, as HKDF's expand step does).
 */
public final class PseudonymHostKey {

  private static final String HMAC = "HmacSHA256";
  private static final byte[] LABEL = "flipside survey pseudonyms v1".getBytes(StandardCharsets.UTF_8);

  private final byte[] derived;

  /** Derives the pseudonym key from the host's key. */
  public PseudonymHostKey(SecretKey hostKey) {
    this.derived = hmac(Objects.requireNonNull(hostKey, "hostKey").getEncoded(), LABEL);
  }

  /** The cohort's pseudonym secret: the host's derived key over the salt the database keeps for the cohort. */
  byte[] cohortSecret(byte[] salt) {
    return hmac(derived, salt);
  }

  static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
