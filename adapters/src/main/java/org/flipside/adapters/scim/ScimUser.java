package org.flipside.adapters.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flipside.adapters.RemoteServiceException;
import org.flipside.spi.Employee;

/**
 * One SCIM User resource read as Flipside's {@link Employee}: RFC 7643's core and enterprise extension, and the pay
 * band from the attributes the settings name (by default Flipside's own extension, which neither standard schema has).
 */
final class ScimUser {

  /** RFC 7643 §4.3: department, division, organization and manager. */
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  /** The pay band as a number ({@code band}) and as the organisation names it ({@code bandLabel}). */
  static final String BAND = "urn:flipside:params:scim:schemas:extension:band:1.0:User";

  /** A malformed resource comes in a successful answer. */
  private static final int HTTP_OK = 200;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  private final JsonNode resource;
  private final ScimAttributePath band;
  private final ScimAttributePath bandLabel;

  ScimUser(JsonNode resource, ScimAttributePath band, ScimAttributePath bandLabel) {
    this.resource = resource;
    this.band = band;
    this.bandLabel = bandLabel;
  }

  Employee employee() {
    JsonNode enterprise = resource.path(ENTERPRISE);
    return new Employee(
        text(resource, "id"),
        displayName(),
        band(band.in(resource)),
        bandLabel.in(resource).asText(""),
        enterprise.path("department").asText(""),
        enterprise.path("manager").path("value").isTextual() ? enterprise.path("manager").path("value").asText() : null,
        resource.path("active").asBoolean(true),
        locale());
  }

  /** Department, division and organization, from the nearest up, each once; the department alone when none. */
  List<String> units() {
    JsonNode enterprise = resource.path(ENTERPRISE);
    List<String> units = new ArrayList<>();
    Stream.of("department", "division", "organization")
        .map(field -> enterprise.path(field).asText(""))
        .filter(unit -> !unit.isBlank() && !units.contains(unit))
        .forEach(units::add);
    return units.isEmpty() ? List.of("") : units;
  }

  /** A number as it is; a text's first whole number ("Band 8c" is 8); 0 when there is none. */
  private static int band(JsonNode value) {
    if (value.isNumber()) {
      return value.asInt();
    }
    Matcher number = WHOLE_NUMBER.matcher(value.asText(""));
    return number.find() ? Integer.parseInt(number.group()) : 0;
  }

  private String displayName() {
    return Stream.of(resource.path("displayName"), resource.path("name").path("formatted"), resource.path("userName"))
        .filter(name -> name.isTextual() && !name.asText().isBlank())
        .map(JsonNode::asText)
        .findFirst()
        .orElseThrow(() -> new RemoteServiceException("the SCIM server gave the user " + resource.path("id").asText()
            + " with no displayName, name.formatted or userName", HTTP_OK));
  }

  /** RFC 7643's {@code preferredLanguage} (an Accept-Language value) first, then {@code locale}. */
  private Locale locale() {
    for (String field : new String[] {"preferredLanguage", "locale"}) {
      String tag = resource.path(field).asText("").split("[,;]")[0].strip().replace('_', '-');
      if (!tag.isEmpty()) {
        return Locale.forLanguageTag(tag);
      }
    }
    return Locale.getDefault();
  }

  private static String text(JsonNode node, String field) {
    if (!node.path(field).isTextual()) {
      throw new RemoteServiceException("the SCIM server gave a resource with no " + field, HTTP_OK);
    }
    return node.path(field).asText();
  }
}
