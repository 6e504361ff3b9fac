package org.flipside.internal.reflection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Reads the AES key for private reflections from where a host keeps it: a file holding the key in base64. */
public final class ReflectionKeys {

  private ReflectionKeys() {}

  /**
   * The key in the file, base64 of 16, 24 or 32 bytes.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or holds no AES key
   */
  public static SecretKey fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the reflection key file " + file + ": " + e.getMessage(), e);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the reflection key file " + file + " does not hold base64", e);
    }
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("the reflection key file " + file + " holds " + key.length
          + " bytes; an AES key has 16, 24 or 32");
    }
    return new SecretKeySpec(key, "AES");
  }
}
