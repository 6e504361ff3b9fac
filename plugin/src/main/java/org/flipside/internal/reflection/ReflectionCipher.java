package org.flipside.internal.reflection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.flipside.api.FlipsideException;

/**
 * Encrypts private reflections with AES-GCM (the JDK's provider): a fresh 96-bit nonce per text, a
 * 128-bit tag, and the reflection's id and author as associated data, so a ciphertext copied onto
 * another row or author fails to decrypt. The key comes from the host and never from Flipside's
 * database, so whoever can read that database (a DBA, a backup) cannot read a reflection.
 */
public final class ReflectionCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final String keyId;
  private final SecureRandom random = new SecureRandom();

  /** A cipher on the host's AES key (128, 192 or 256 bits). */
  public ReflectionCipher(SecretKey key) {
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("the reflection key must be an AES key, not " + key.getAlgorithm());
    }
    this.key = key;
    this.keyId = fingerprint(key);
  }

  /** Names the key without revealing it: the first 16 hex digits of its SHA-256. */
  public String keyId() {
    return keyId;
  }

  /** The text encrypted for one reflection of one author. */
  public Sealed seal(String reflectionId, String authorId, String text) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, reflectionId, authorId, text.getBytes(StandardCharsets.UTF_8));
    Base64.Encoder base64 = Base64.getEncoder();
    return new Sealed(keyId, base64.encodeToString(nonce), base64.encodeToString(ciphertext));
  }

  /** The text of a reflection sealed by {@link #seal}, with the same key. */
  public String open(String reflectionId, String authorId, Sealed sealed) {
    if (!keyId.equals(sealed.keyId())) {
      throw new FlipsideException("reflection " + reflectionId + " was written with another key (" + sealed.keyId()
          + ") than the one the host supplies now (" + keyId + ")");
    }
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] plain = run(Cipher.DECRYPT_MODE, base64.decode(sealed.nonce()), reflectionId, authorId,
        base64.decode(sealed.ciphertext()));
    return new String(plain, StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String reflectionId, String authorId, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD((reflectionId + '\n' + authorId).getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new FlipsideException("reflection " + reflectionId + " could not be "
          + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted: it was altered or sealed for another row"), e);
    }
  }

  private static String fingerprint(SecretKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * A sealed text as it is stored.
   *
   * @param keyId which key sealed it
   * @param nonce the nonce, base64
   * @param ciphertext the ciphertext with its tag, base64
   */
  public record Sealed(String keyId, String nonce, String ciphertext) {}
}
