package org.flipside.model.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.flipside.model.ParticipantRole;

/**
 * Seals a waiting survey answer: AES-256-GCM under a key derived (label "flipside survey waiting answers v1") from the
 * cohort's pseudonym secret, so from the host's key and the cohort's salt. Neither alone opens it, and once the salt
 * is destroyed nobody can, not even from an old backup or a dead row. The plain text is padded to a multiple of
 * {@link #BLOCK} bytes, so the sealed row's length does not tell a long comment from a short one.
 */
final class AnswerSeal {

  /** Every sealed answer is a whole number of these bytes long before encryption. */
  static final int BLOCK = 8192;
  private static final byte[] LABEL = "flipside survey waiting answers v1".getBytes(StandardCharsets.UTF_8);
  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final byte[] context;

  /**
   * @param cohortSecret the cohort's pseudonym secret
   * @param context what the sealed text belongs to (cohort and survey), bound to it so it cannot be moved elsewhere
   */
  AnswerSeal(byte[] cohortSecret, String context) {
    this.key = new SecretKeySpec(PseudonymHostKey.hmac(cohortSecret, LABEL), "AES");
    this.context = context.getBytes(StandardCharsets.UTF_8);
  }

  /** The answer of one respondent: their side, their pseudonym or random token, and the answers by key. */
  record Opened(ParticipantRole role, String token, Map<String, Object> answers) {
  }

  String seal(Opened answer) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(answer.role().name());
      out.writeUTF(answer.token());
      out.writeInt(answer.answers().size());
      for (Map.Entry<String, Object> entry : answer.answers().entrySet()) {
        out.writeUTF(entry.getKey());
        if (entry.getValue() instanceof Integer score) {
          out.writeBoolean(true);
          out.writeInt(score);
        } else {
          out.writeBoolean(false);
          byte[] text = ((String) entry.getValue()).getBytes(StandardCharsets.UTF_8);
          out.writeInt(text.length);
          out.write(text);
        }
      }
      byte[] plain = bytes.toByteArray();
      int padded = ((plain.length + Integer.BYTES) / BLOCK + 1) * BLOCK;
      byte[] block = ByteBuffer.allocate(padded).putInt(plain.length).put(plain).array();
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      byte[] sealed = cipher.doFinal(block);
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed)
          .array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** @throws IllegalStateException when the text was not sealed under this key and context */
  Opened open(String sealed) {
    byte[] all = Base64.getDecoder().decode(sealed);
    try {
      byte[] nonce = Arrays.copyOf(all, NONCE);
      byte[] block = cipher(Cipher.DECRYPT_MODE, nonce).doFinal(all, NONCE, all.length - NONCE);
      ByteBuffer buffer = ByteBuffer.wrap(block);
      byte[] plain = new byte[buffer.getInt()];
      buffer.get(plain);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
      ParticipantRole role = ParticipantRole.valueOf(in.readUTF());
      String token = in.readUTF();
      int size = in.readInt();
      Map<String, Object> answers = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        String key = in.readUTF();
        if (in.readBoolean()) {
          answers.put(key, in.readInt());
        } else {
          byte[] text = new byte[in.readInt()];
          in.readFully(text);
          answers.put(key, new String(text, StandardCharsets.UTF_8));
        }
      }
      return new Opened(role, token, answers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a waiting survey answer does not open under its cohort's key", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(CIPHER);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context);
    return cipher;
  }
}
