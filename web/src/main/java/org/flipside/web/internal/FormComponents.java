package org.flipside.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which form-js component shows which field. Flipside names a bad field by its key, as it submits; form-js shows an
 * error on the component with that key, which it knows by the component's id.
 */
final class FormComponents {

  private final Map<String, String> idsByKey = new HashMap<>();

  FormComponents(JsonNode form) {
    collect(form.path("components"));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && component.hasNonNull("id")) {
        idsByKey.putIfAbsent(component.get("key").asText(), component.get("id").asText());
      }
      collect(component.path("components"));
    }
  }

  /** The id of the component bound to the key, empty when no component is (the error then belongs to the form). */
  Optional<String> idOf(String key) {
    return Optional.ofNullable(idsByKey.get(key));
  }
}
