package org.flipside.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.junit.jupiter.api.Test;

/**
 * The shipped forms' {@code conditional.hide} rules, as the server applies them: a field form-js hides is neither
 * required nor kept, decided by the same FEEL expression from the same answers.
 */
class HiddenFieldsTest {

  private final FormValidator validator = new FormValidator();

  @Test
  void theProtectedCharacteristicIsKeptOnlyWithConsent() {
    FormDefinition application = shipped(Forms.APPLICATION);
    Map<String, Object> withoutConsent = Map.of("interest", "mentor", "protectedCharacteristic", "Black British");

    assertThat(validator.validate(application, withoutConsent, Map.of())).doesNotContainKey("protectedCharacteristic");
    assertThat(validator.validate(application,
        Map.of("interest", "mentor", "consentToProtectedData", false, "protectedCharacteristic", "Black British"),
        Map.of())).doesNotContainKey("protectedCharacteristic");
    assertThat(validator.validate(application,
        Map.of("interest", "mentor", "consentToProtectedData", true, "protectedCharacteristic", "Black British"),
        Map.of())).containsEntry("protectedCharacteristic", "Black British");
  }

  @Test
  void aMentorsCapacityAndAMenteesAreaAreKeptOnlyForTheirSide() {
    FormDefinition application = shipped(Forms.APPLICATION);
    Map<String, Object> both = Map.of("mentorCapacity", 2, "leadsArea", "Finance");

    assertThat(validator.validate(application, with(both, "interest", "mentor"), Map.of()))
        .containsEntry("mentorCapacity", 2L).doesNotContainKey("leadsArea");
    assertThat(validator.validate(application, with(both, "interest", "mentee"), Map.of()))
        .containsEntry("leadsArea", "Finance").doesNotContainKey("mentorCapacity");
  }

  @Test
  void aHiddenFieldsBadValueIsNotAnError() {
    FormDefinition application = shipped(Forms.APPLICATION);

    assertThat(validator.validate(application, Map.of("interest", "mentee", "mentorCapacity", 99), Map.of()))
        .doesNotContainKey("mentorCapacity");
    assertThatThrownBy(() -> validator.validate(application, Map.of("interest", "mentor", "mentorCapacity", 99),
        Map.of())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("mentorCapacity"));
  }

  @Test
  void aSessionsDateAndDurationAreRequiredWhenItWasHeldAndDroppedWhenNot() {
    FormDefinition logSession = shipped(Forms.LOG_SESSION);

    assertThatThrownBy(() -> validator.validate(logSession, Map.of("held", "yes", "continuePairing", "continue"),
        Map.of())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("heldOn", "durationMinutes"));
    assertThat(validator.validate(logSession, Map.of("held", "no", "continuePairing", "continue",
        "heldOn", "2027-03-01", "durationMinutes", 60, "format", "online"), Map.of()))
        .containsOnlyKeys("held", "continuePairing");
    assertThat(validator.validate(logSession, Map.of("held", "yes", "continuePairing", "continue",
        "heldOn", "2027-03-01", "durationMinutes", 60), Map.of()))
        .containsEntry("heldOn", "2027-03-01").containsEntry("durationMinutes", 60L);
  }

  @Test
  void theRolloutsBandsAreKeptOnlyWhenTheProgrammeExpands() {
    FormDefinition rollout = shipped(Forms.ROLLOUT_DECISION);
    Map<String, Object> data = Map.of("bandOptions", List.of(Map.of("value", 7, "label", "Band 7")));
    Map<String, Object> bands = Map.of("mentorMaximumBand", 7, "rationale", "Because");

    assertThat(validator.validate(rollout, with(bands, "rolloutDecision", "continue"), data))
        .doesNotContainKey("mentorMaximumBand");
    assertThat(validator.validate(rollout, with(bands, "rolloutDecision", "expand"), data))
        .containsEntry("mentorMaximumBand", 7L);
  }

  @Test
  void aFieldInsideAHiddenGroupIsHiddenAndAConditionMayReadTheTasksData() {
    FormDefinition form = FormDefinition.parse("""
        {"id": "example", "components": [
          {"type": "group", "label": "Expanding", "conditional": {"hide": "=mode != \\"expand\\""}, "components": [
            {"type": "number", "key": "band", "label": "Band", "validate": {"required": true}}]}
        ]}
        """);

    assertThat(form.fields().get("band").hideWhen()).containsExactly("=mode != \"expand\"");
    assertThat(validator.validate(form, Map.of(), Map.of("mode", "stop"))).isEmpty();
    assertThatThrownBy(() -> validator.validate(form, Map.of(), Map.of("mode", "expand")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void everyShippedConditionIsFeelTheServerCanEvaluate() {
    for (Form form : Forms.all()) {
      for (FormField field : shipped(form.id()).fields().values()) {
        field.hideWhen().forEach(condition -> assertThat(condition).as(form.id() + " " + field.key()).startsWith("="));
        HideConditions.hidden(field, Map.of());
      }
    }
    assertThatThrownBy(() -> HideConditions.hidden(FormDefinition.parse("""
        {"id": "broken", "components": [{"type": "number", "key": "n", "conditional": {"hide": "=n >"}}]}
        """).fields().get("n"), Map.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining("=n >");
  }

  private static Map<String, Object> with(Map<String, Object> answers, String key, Object value) {
    Map<String, Object> all = new HashMap<>(answers);
    all.put(key, value);
    return all;
  }

  static FormDefinition shipped(String formId) {
    try (InputStream in = HiddenFieldsTest.class.getResourceAsStream("/org/flipside/bpmn/forms/" + formId + ".form")) {
      assertThat(in).as(formId).isNotNull();
      return FormDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
