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
 * @param bandAttribute the SCIM attribute path (RFC 7644 §3.10) holding an employee's pay band as a number, or as a
 *     text whose first whole number is the band ("Band 8c" is 8), such as
 *     {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter}; by default
 *     {@value #DEFAULT_BAND_ATTRIBUTE}
 * @param bandLabelAttribute the attribute path holding how the organisation names the band, which may be the band's
 *     own attribute; by default {@value #DEFAULT_BAND_LABEL_ATTRIBUTE}
 * @since 1.1
 */
public record ScimSettings(URI baseUrl, String bearerToken, int pageSize, Duration timeout,
    Map<String, String> roleGroups, String bandAttribute, String bandLabelAttribute) {

  /** The page size when none is given: large enough for few round trips, small enough for any server's limit. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The timeout in seconds when none is given. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 10;
  /** Where the band is read when no attribute is given: Flipside's own extension, which no standard schema has. */
  public static final String DEFAULT_BAND_ATTRIBUTE = ScimUser.BAND + ":band";
  /** Where the band's name is read when no attribute is given. */
  public static final String DEFAULT_BAND_LABEL_ATTRIBUTE = ScimUser.BAND + ":bandLabel";

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
    Objects.requireNonNull(bandAttribute, "bandAttribute");
    Objects.requireNonNull(bandLabelAttribute, "bandLabelAttribute");
    bandAttribute = ScimAttributePath.parse("bandAttribute", bandAttribute).toString();
    bandLabelAttribute = ScimAttributePath.parse("bandLabelAttribute", bandLabelAttribute).toString();
  }

  /**
   * Settings that read the band from Flipside's own extension.
   *
   * @param baseUrl the server's base URL
   * @param bearerToken the bearer token
   * @param pageSize how many resources one page asks for
   * @param timeout how long one request may take
   * @param roleGroups the group holding each role
   */
  public ScimSettings(URI baseUrl, String bearerToken, int pageSize, Duration timeout,
      Map<String, String> roleGroups) {
    this(baseUrl, bearerToken, pageSize, timeout, roleGroups, DEFAULT_BAND_ATTRIBUTE, DEFAULT_BAND_LABEL_ATTRIBUTE);
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
    return new ScimSettings(baseUrl, bearerToken, pageSize, timeout, groupsByRole, bandAttribute, bandLabelAttribute);
  }

  /**
   * The same settings, reading the band and its name from these attributes.
   *
   * @param band the attribute path holding the band
   * @param bandLabel the attribute path holding the band's name, which may be the same
   * @return a copy reading those attributes
   */
  public ScimSettings withBandAttributes(String band, String bandLabel) {
    return new ScimSettings(baseUrl, bearerToken, pageSize, timeout, roleGroups, band, bandLabel);
  }

  /** The group whose members hold the role. */
  String groupOf(String role) {
    return roleGroups.getOrDefault(role, role);
  }

  /** Without the token, which must not reach a log. */
  @Override
  public String toString() {
    return "ScimSettings[baseUrl=" + baseUrl + ", pageSize=" + pageSize + ", timeout=" + timeout + ", roleGroups="
        + roleGroups + ", bandAttribute=" + bandAttribute + ", bandLabelAttribute=" + bandLabelAttribute + "]";
  }
}
