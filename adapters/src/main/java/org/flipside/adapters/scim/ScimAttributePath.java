package org.flipside.adapters.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A SCIM attribute path as RFC 7644 §3.10 writes it: an optional schema URN, then the attribute and any
 * sub-attribute after a dot, such as {@code title}, {@code name.familyName} or
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter}. Names are matched ignoring case,
 * as RFC 7643 §2.1 asks; an attribute of a core schema may be written with or without its URN.
 */
final class ScimAttributePath {

  private static final Pattern NAME = Pattern.compile("[A-Za-z$][\\w$-]*");
  private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  private final String path;
  private final String schema;
  private final List<String> names;

  private ScimAttributePath(String path, String schema, List<String> names) {
    this.path = path;
    this.schema = schema;
    this.names = names;
  }

  /**
   * The path a setting holds.
   *
   * @param setting the setting's name, for the message when the path is malformed
   * @throws IllegalArgumentException naming the setting when it holds no attribute path
   */
  static ScimAttributePath parse(String setting, String path) {
    String trimmed = path.strip();
    boolean urn = trimmed.regionMatches(true, 0, "urn:", 0, 4);
    int colon = trimmed.lastIndexOf(':');
    String schema = urn && colon > 4 ? trimmed.substring(0, colon) : null;
    List<String> names = List.of(trimmed.substring(schema == null ? 0 : colon + 1).split("\\.", -1));
    if (urn && schema == null || names.size() > 2 || !names.stream().allMatch(name -> NAME.matcher(name).matches())) {
      throw new IllegalArgumentException(setting + " must be a SCIM attribute path such as title, name.familyName"
          + " or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter but was " + path);
    }
    return new ScimAttributePath(trimmed, CORE_USER.equalsIgnoreCase(schema) ? null : schema, names);
  }

  /** The attribute's value in the resource; a missing node when the resource has none. */
  JsonNode in(JsonNode resource) {
    JsonNode node = schema == null ? resource : field(resource, schema);
    for (String name : names) {
      node = field(node, name);
    }
    return node;
  }

  private static JsonNode field(JsonNode node, String name) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return field.getValue();
      }
    }
    return MissingNode.getInstance();
  }

  @Override
  public String toString() {
    return path;
  }
}
