package org.flipside.adapters.internal;

import java.net.URI;
import java.time.Duration;

/** The checks the adapters' settings share, each naming the setting that is wrong. */
public final class SettingsChecks {

  private SettingsChecks() {}

  /** An absolute http or https address. */
  public static void requireWebAddress(String setting, URI address) {
    if (!address.isAbsolute() || !("https".equals(address.getScheme()) || "http".equals(address.getScheme()))) {
      throw new IllegalArgumentException(setting + " must be an absolute http or https URL but was " + address);
    }
  }

  /** A timeout longer than nothing. */
  public static void requirePositive(String setting, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(setting + " must be positive but was " + timeout);
    }
  }

  /** A text with something in it. */
  public static void requireText(String setting, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(setting + " must not be blank");
    }
  }
}
