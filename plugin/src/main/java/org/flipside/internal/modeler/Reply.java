package org.flipside.internal.modeler;

import java.util.Map;

/**
 * An answer to Modeler, as Camunda 7's REST API would give it.
 *
 * @param status the HTTP status
 * @param body what to send as JSON
 * @param headers extra response headers
 */
record Reply(int status, Object body, Map<String, String> headers) {

  static Reply ok(Object body) {
    return new Reply(200, body, Map.of());
  }

  static Reply error(int status, String type, String message) {
    return new Reply(status, CamundaJson.error(type, message), Map.of());
  }
}
