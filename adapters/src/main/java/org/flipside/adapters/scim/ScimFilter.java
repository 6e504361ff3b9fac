package org.flipside.adapters.scim;

/** RFC 7644 §3.4.2.2 filter expressions, with values quoted as JSON strings. */
final class ScimFilter {

  private ScimFilter() {}

  /** {@code attribute eq "value"}, the value's quotes and backslashes escaped. */
  static String equal(String attribute, String value) {
    return attribute + " eq \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
