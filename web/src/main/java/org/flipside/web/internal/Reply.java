package org.flipside.web.internal;

import java.util.Map;

/** A JSON API answer: its status and the value written as its body ({@code null} for none). */
record Reply(int status, Object body) {

  static Reply ok(Object body) {
    return new Reply(200, body);
  }

  static Reply noContent() {
    return new Reply(204, null);
  }

  static Reply error(int status, String message) {
    return new Reply(status, Map.of("message", message));
  }
}
