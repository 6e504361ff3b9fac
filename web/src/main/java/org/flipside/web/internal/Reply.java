package org.flipside.web.internal;

import java.util.Map;

/**
 * A JSON API answer: its status and the value written as its body ({@code null} for none), or a {@link Document}
 * written as it is.
 */
record Reply(int status, Object body) {

  static Reply ok(Object body) {
    return new Reply(200, body);
  }

  static Reply created(Object body) {
    return new Reply(201, body);
  }

  static Reply noContent() {
    return new Reply(204, null);
  }

  static Reply error(int status, String message) {
    return new Reply(status, Map.of("message", message));
  }

  /**
   * A file the API hands over as it is, not as JSON.
   *
   * @param contentType its media type
   * @param content its bytes
   * @param fileName the name a browser saves it under, or {@code null} for a document the console shows
   * @param policy the content security policy it is shown under
   */
  record Document(String contentType, byte[] content, String fileName, String policy) {}
}
