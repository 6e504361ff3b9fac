package org.flipside.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.flipside.api.ProcessProblem;

/** A Camunda form (form-js JSON): its id is what a user task's {@code camunda:formRef} names. */
final class FormFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFile() {}

  /** The form's id, or a problem when the file is not a form. */
  static Optional<String> idOf(String name, byte[] content, Problems problems) {
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
      return Optional.of(id.asText());
    } catch (JsonProcessingException e) {
      problems.add(new ProcessProblem(name, null, "is not JSON: " + e.getOriginalMessage(),
          Math.max(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 0),
          Math.max(e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), 0)));
    } catch (IOException e) {
      problems.add(name, null, "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }
}
