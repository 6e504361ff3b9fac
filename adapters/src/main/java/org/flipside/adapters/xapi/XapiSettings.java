package org.flipside.adapters.xapi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.flipside.adapters.internal.SettingsChecks;

/**
 * Where the learning record store is, how to sign in to it, and who issues the badges.
 *
 * @param endpoint the LRS's xAPI endpoint, under which {@code statements} is, such as {@code https://lrs.example/xapi/}
 * @param username the Basic authentication user (an LRS's client key)
 * @param password the Basic authentication password (an LRS's client secret)
 * @param homePage the host platform's address: the home page of the employees' xAPI accounts, the base of the
 *     programmes' activity ids, and the badge issuer's id
 * @param issuerName the organisation that issues the badges, as a badge shows it
 * @param timeout how long one request may take
 * @since 1.1
 */
public record XapiSettings(URI endpoint, String username, String password, URI homePage, String issuerName,
    Duration timeout) {

  /** The timeout in seconds when none is given. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;

  /** Checks every setting, naming the one that is wrong. */
  public XapiSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(timeout, "timeout");
    SettingsChecks.requireWebAddress("endpoint", endpoint);
    SettingsChecks.requireWebAddress("homePage", homePage);
    SettingsChecks.requireText("username", username);
    if (username.contains(":")) {
      throw new IllegalArgumentException("username must not contain ':' (RFC 7617) but was " + username);
    }
    SettingsChecks.requireText("issuerName", issuerName);
    SettingsChecks.requirePositive("timeout", timeout);
  }

  /**
   * An LRS with the default timeout.
   *
   * @param endpoint the xAPI endpoint
   * @param username the Basic authentication user
   * @param password the Basic authentication password
   * @param homePage the host platform's address
   * @param issuerName the organisation that issues the badges
   * @return the settings
   */
  public static XapiSettings of(URI endpoint, String username, String password, URI homePage, String issuerName) {
    return new XapiSettings(endpoint, username, password, homePage, issuerName,
        Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
  }

  /** Without the password, which must not reach a log. */
  @Override
  public String toString() {
    return "XapiSettings[endpoint=" + endpoint + ", username=" + username + ", homePage=" + homePage
        + ", issuerName=" + issuerName + ", timeout=" + timeout + "]";
  }
}
