package org.flipside.adapters.scim;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.flipside.adapters.internal.SettingsChecks;

/**
 * Where the SCIM server is and how to ask it.
 *
 * @param baseUrl the server's base URL, under which {@code /Users} and {@code /Groups} are, such as
 *     {@code https://hr.example/scim/v2}
 * @param bearerToken the OAuth bearer token every request carries
 * @param pageSize how many resources one page asks for (RFC 7644 {@code count}), 1 to 1000
 * @param timeout how long one request may take
 * @param roleGroups the SCIM group (by {@code displayName}) whose members hold each Flipside role, such as
 *     {@code flipside-hr-admin} to {@code HR Administrators}; a role not named here is held by the members of the
 *     group named as the role
 * @since 1.1
 */
public record ScimSettings(URI baseUrl, String bearerToken, int pageSize, Duration timeout,
    Map<String, String> roleGroups) {

  /** The page size when none is given: large enough for few round trips, small enough for any server's limit. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The timeout in seconds when none is given. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;

  /** Checks every setting, naming the one that is wrong. */
  public ScimSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(bearerToken, "bearerToken");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(roleGroups, "roleGroups");
    SettingsChecks.requireWebAddress("baseUrl", baseUrl);
    SettingsChecks.requireText("bearerToken", bearerToken);
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be from 1 to 1000 but was " + pageSize);
    }
    SettingsChecks.requirePositive("timeout", timeout);
    roleGroups = Map.copyOf(roleGroups);
  }

  /**
   * A server with the default page size and timeout, whose groups are named as Flipside's roles.
   *
   * @param baseUrl the server's base URL
   * @param bearerToken the bearer token
   * @return the settings
   */
  public static ScimSettings of(URI baseUrl, String bearerToken) {
    return new ScimSettings(baseUrl, bearerToken, DEFAULT_PAGE_SIZE, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), Map.of());
  }

  /**
   * The same settings, with the groups whose members hold Flipside's roles.
   *
   * @param groupsByRole the group's {@code displayName} for each role
   * @return a copy with those groups
   */
  public ScimSettings withRoleGroups(Map<String, String> groupsByRole) {
    return new ScimSettings(baseUrl, bearerToken, pageSize, timeout, groupsByRole);
  }

  /** The group whose members hold the role. */
  String groupOf(String role) {
    return roleGroups.getOrDefault(role, role);
  }

  /** Without the token, which must not reach a log. */
  @Override
  public String toString() {
    return "ScimSettings[baseUrl=" + baseUrl + ", pageSize=" + pageSize + ", timeout=" + timeout + ", roleGroups="
        + roleGroups + "]";
  }
}
