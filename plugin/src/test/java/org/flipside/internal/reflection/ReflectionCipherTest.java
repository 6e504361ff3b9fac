package org.flipside.internal.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.flipside.api.FlipsideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectionCipherTest {

  private static final String TEXT = "I found it hard to hear about the promotion panel; ask about mentoring circles.";

  private final ReflectionCipher cipher = new ReflectionCipher(key(1));

  @Test
  void sealedTextIsNeitherThePlaintextNorItsEncodingAndOpensForTheSameRowAndAuthor() {
    ReflectionCipher.Sealed sealed = cipher.seal("r1", "amy", TEXT);

    byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
    assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("promotion");
    assertThat(sealed.ciphertext()).doesNotContain(Base64.getEncoder().encodeToString(TEXT.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    assertThat(cipher.open("r1", "amy", sealed)).isEqualTo(TEXT);
  }

  @Test
  void theSameTextSealsDifferentlyEachTime() {
    assertThat(cipher.seal("r1", "amy", TEXT).ciphertext()).isNotEqualTo(cipher.seal("r1", "amy", TEXT).ciphertext());
  }

  @Test
  void aCiphertextMovedToAnotherAuthorOrRowDoesNotOpen() {
    ReflectionCipher.Sealed sealed = cipher.seal("r1", "amy", TEXT);

    assertThatThrownBy(() -> cipher.open("r1", "bob", sealed)).isInstanceOf(FlipsideException.class);
    assertThatThrownBy(() -> cipher.open("r2", "amy", sealed)).isInstanceOf(FlipsideException.class);
  }

  @Test
  void anotherKeyIsToldApartByItsId() {
    ReflectionCipher.Sealed sealed = cipher.seal("r1", "amy", TEXT);

    assertThatThrownBy(() -> new ReflectionCipher(key(2)).open("r1", "amy", sealed))
        .isInstanceOf(FlipsideException.class).hasMessageContaining("another key");
  }

  @Test
  void theKeyFileHoldsBase64OfAnAesKey(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("key.b64");
    Files.writeString(file, Base64.getEncoder().encodeToString(key(3).getEncoded()) + "\n");
    assertThat(new ReflectionCipher(ReflectionKeys.fromFile(file)).keyId()).isEqualTo(new ReflectionCipher(key(3)).keyId());

    Files.writeString(file, Base64.getEncoder().encodeToString(new byte[10]));
    assertThatThrownBy(() -> ReflectionKeys.fromFile(file)).hasMessageContaining("10 bytes");
    assertThatThrownBy(() -> ReflectionKeys.fromFile(folder.resolve("missing")))
        .hasMessageContaining("cannot read the reflection key file");
  }

  private static SecretKey key(int seed) {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (seed * 31 + i);
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
