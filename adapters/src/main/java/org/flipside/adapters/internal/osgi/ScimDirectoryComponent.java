package org.flipside.adapters.internal.osgi;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.adapters.scim.ScimEmployeeDirectory;
import org.flipside.adapters.scim.ScimSettings;
import org.flipside.spi.EmployeeDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The host's {@link EmployeeDirectory} on a SCIM 2.0 server, offered once the host configures {@value #PID}; a
 * changed configuration starts a new directory on the new settings.
 */
@Component(service = EmployeeDirectory.class, configurationPid = ScimDirectoryComponent.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ScimDirectoryComponent.Config.class)
public final class ScimDirectoryComponent extends ScimEmployeeDirectory {

  /** The configuration's persistent id. */
  public static final String PID = "org.flipside.adapters.scim";

  /** The settings as Configuration Admin holds them. */
  @ObjectClassDefinition(name = "Flipside SCIM directory",
      description = "Flipside reads its employees, their managers, units and groups from this SCIM 2.0 server.")
  public @interface Config {

    /** The server's base URL. */
    @AttributeDefinition(name = "Base URL",
        description = "Under which /Users and /Groups are, such as https://hr.example/scim/v2")
    String baseUrl();

    /** The bearer token. */
    @AttributeDefinition(name = "Bearer token", type = AttributeType.PASSWORD,
        description = "The OAuth bearer token every request carries")
    String bearerToken();

    /** How many resources a page asks for. */
    @AttributeDefinition(name = "Page size", min = "1", max = "1000",
        description = "How many users or groups one request asks for")
    int pageSize() default ScimSettings.DEFAULT_PAGE_SIZE;

    /** How long a request may take. */
    @AttributeDefinition(name = "Timeout (seconds)", min = "1", description = "How long one request may take")
    int timeoutSeconds() default ScimSettings.DEFAULT_TIMEOUT_SECONDS;

    /** Which group holds each Flipside role. */
    @AttributeDefinition(name = "Role groups", description = "role=group display name, such as "
        + "flipside-hr-admin=HR Administrators; a role not listed is held by the group named as the role")
    String[] roleGroups() default {};

    /** Which attribute holds the band. */
    @AttributeDefinition(name = "Band attribute", description = "The SCIM attribute path holding an employee's pay"
        + " band, as a number or a text such as Band 8c, for example"
        + " urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter or a custom extension's attribute")
    String bandAttribute() default ScimSettings.DEFAULT_BAND_ATTRIBUTE;

    /** Which attribute holds the band's name. */
    @AttributeDefinition(name = "Band name attribute", description = "The SCIM attribute path holding how the"
        + " organisation names the band, such as Band 8c or VSM; it may be the band attribute itself")
    String bandLabelAttribute() default ScimSettings.DEFAULT_BAND_LABEL_ATTRIBUTE;
  }

  /** A directory on the configured server. */
  @Activate
  public ScimDirectoryComponent(Config config) {
    super(new ScimSettings(URI.create(config.baseUrl()), config.bearerToken(), config.pageSize(),
        Duration.ofSeconds(config.timeoutSeconds()), roleGroups(config.roleGroups()), config.bandAttribute(),
        config.bandLabelAttribute()));
  }

  /** The role groups from "role=group" entries; a blank one, as an admin console may save, is skipped. */
  private static Map<String, String> roleGroups(String[] entries) {
    return Arrays.stream(entries).filter(entry -> !entry.isBlank()).map(entry -> {
      int equals = entry.indexOf('=');
      if (equals < 1 || equals == entry.length() - 1) {
        throw new IllegalArgumentException("roleGroups must hold role=group entries but held " + entry);
      }
      return Map.entry(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
    }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
