package org.flipside.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flipside.api.ProcessProblem;

/**
 * A Camunda form (form-js JSON): its id, which a user task's {@code camunda:formRef} names, and its input fields.
 *
 * @param name the file's name
 * @param id the form's id
 * @param fields its input fields (components with a {@code key}), nested ones included
 */
record FormFile(String name, String id, List<JsonNode> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The form, or a problem when the file is not one. */
  static Optional<FormFile> read(String name, byte[] content, Problems problems) {
    try {
      JsonNode form = JSON.readTree(content);
      JsonNode id = form == null ? null : form.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        problems.add(name, null, "is not a Camunda form: it has no \"id\"");
        return Optional.empty();
      }
      if (!form.path("components").isArray()) {
        problems.add(name, id.asText(), "is not a Camunda form: it has no \"components\" list");
        return Optional.empty();
      }
      List<JsonNode> fields = new ArrayList<>();
      collectFields(form, fields);
      return Optional.of(new FormFile(name, id.asText(), List.copyOf(fields)));
    } catch (JsonProcessingException e) {
      problems.add(new ProcessProblem(name, null, "is not JSON: " + e.getOriginalMessage(),
          Math.max(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0),
          Math.max(e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), 0)));
    } catch (IOException e) {
      problems.add(name, null, "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static void collectFields(JsonNode parent, List<JsonNode> fields) {
    parent.path("components").forEach(component -> {
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
      collectFields(component, fields);
    });
  }

  /** The keys of its input fields. */
  List<String> keys() {
    return fields.stream().map(field -> field.path("key").asText()).toList();
  }
}
