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
 * variables, which the engine keeps in its history: so it may ask only for values that steer the process (a yes or
 * no, a choice, a number or a date), never free text, which could hold what someone said or who they are.
 */
final class FormFieldCheck {

  /** The components whose answers may steer a process; each is one the form validator checks. */
  private static final Set<String> STEERING = Set.of("checkbox", "checklist", "radio", "select", "number", "datetime");

  private FormFieldCheck() {}

  static void check(FormFile form, Problems problems) {
    Forms.withId(form.id()).ifPresentOrElse(
        handled -> checkKnown(form, handled, problems),
        () -> checkSteering(form, problems));
  }

  private static void checkKnown(FormFile form, Form handled, Problems problems) {
    Set<String> known = handled.fields().stream().map(Var::name).collect(Collectors.toSet());
    for (JsonNode field : form.fields()) {
      String key = field.path("key").asText();
      if (!known.contains(key)) {
        problems.add(form.name(), elementOf(field),
            "the field " + key + " is unknown to the handler of " + form.id() + ", which knows "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private static void checkSteering(FormFile form, Problems problems) {
    for (JsonNode field : form.fields()) {
      String type = field.path("type").asText();
      if (!STEERING.contains(type)) {
        problems.add(form.name(), elementOf(field), "the field " + field.path("key").asText() + " is a " + type
            + ": a new form's answers are kept by the engine, so it may only ask for values that steer the process ("
            + String.join(", ", STEERING.stream().sorted().toList()) + "), never free text");
      }
    }
  }

  private static String elementOf(JsonNode field) {
    return field.hasNonNull("id") ? field.path("id").asText() : field.path("key").asText();
  }
}
