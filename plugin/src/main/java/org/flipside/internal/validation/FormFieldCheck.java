package org.flipside.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;

/**
 * A form Flipside handles holds only fields its step's handler knows: the handler stores what it knows, and an
 * answer in any other field would be lost. A new form, which no handler takes, keeps its answers as the step's
 * variables.
 */
final class FormFieldCheck {

  private FormFieldCheck() {}

  static void check(FormFile form, Problems problems) {
    Forms.withId(form.id()).ifPresent(handled -> {
      Set<String> known = known(handled);
      for (JsonNode field : form.fields()) {
        String key = field.path("key").asText();
        if (!known.contains(key)) {
          problems.add(form.name(), field.hasNonNull("id") ? field.path("id").asText() : key,
              "the field " + key + " is unknown to the handler of " + form.id() + ", which knows "
                  + String.join(", ", known.stream().sorted().toList()));
        }
      }
    });
  }

  private static Set<String> known(Form form) {
    return form.fields().stream().map(Var::name).collect(Collectors.toSet());
  }
}
