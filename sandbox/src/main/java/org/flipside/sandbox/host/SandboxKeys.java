package org.flipside.sandbox.host;

import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The sandbox's stand-in for a host's secret store: a fresh AES-256 key per run for private
 * reflections. It lives only in memory and in a key file inside the framework's storage, which is
 * deleted with it; a real host keeps its key in its own secret store, never in Flipside's database.
 */
public final class SandboxKeys {

  private SandboxKeys() {}

  /** A new random 256-bit AES key. */
  public static SecretKey reflectionKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no AES", e);
    }
  }
}
