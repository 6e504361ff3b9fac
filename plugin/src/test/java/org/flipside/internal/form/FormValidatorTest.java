package org.flipside.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

  private static final FormDefinition FORM = FormDefinition.parse("""
      {"id": "example", "type": "default", "components": [
        {"type": "text", "text": "Pairs proposed: {{proposedPairs}}"},
        {"type": "number", "key": "cohortSize", "label": "Number of pairs", "decimalDigits": 0,
         "validate": {"required": true, "min": 1, "max": 200}},
        {"type": "radio", "key": "decision", "label": "Decision", "validate": {"required": true},
         "values": [{"label": "Publish", "value": "publish"}, {"label": "Reject", "value": "reject"}]},
        {"type": "checklist", "key": "rejectedPairingIds", "label": "Pairs to reject", "valuesKey": "pairingOptions"},
        {"type": "checkbox", "key": "protectedTime", "label": "Protected time"},
        {"type": "datetime", "subtype": "date", "key": "sessionsStart", "label": "Sessions start"},
        {"type": "textarea", "key": "note", "label": "Note", "validate": {"maxLength": 10}},
        {"type": "number", "key": "weight", "label": "Weight"},
        {"type": "textfield", "key": "title", "label": "Title"}
      ]}
      """);

  private static final Map<String, Object> TASK_DATA =
      Map.of("pairingOptions", List.of(Map.of("label", "A and B", "value", "p1"), Map.of("label", "C and D", "value", "p2")));

  private final FormValidator validator = new FormValidator();

  @Test
  void readsTheFormsInputsAndEveryDataKeyItShows() {
    assertThat(FORM.id()).isEqualTo("example");
    assertThat(FORM.fields()).containsOnlyKeys(
        "cohortSize", "decision", "rejectedPairingIds", "protectedTime", "sessionsStart", "note", "weight", "title");
    assertThat(FORM.dataKeys()).contains("proposedPairs", "pairingOptions", "cohortSize");
  }

  @Test
  void convertsAValidSubmissionToTheTypesTheProcessReads() {
    Map<String, Object> values = validator.validate(FORM, Map.of(
        "cohortSize", "12",
        "decision", "reject",
        "rejectedPairingIds", List.of("p2"),
        "protectedTime", "true",
        "sessionsStart", "2027-03-01"), TASK_DATA);

    assertThat(values).containsEntry("cohortSize", 12L)
        .containsEntry("decision", "reject")
        .containsEntry("rejectedPairingIds", List.of("p2"))
        .containsEntry("protectedTime", true)
        .containsEntry("sessionsStart", "2027-03-01")
        .doesNotContainKey("note");
  }

  @Test
  void namesEveryBadFieldWithItsProblem() {
    assertThatThrownBy(() -> validator.validate(FORM, Map.of(
        "cohortSize", 500,
        "decision", "maybe",
        "rejectedPairingIds", List.of("p9"),
        "sessionsStart", "1st of March",
        "note", "far too long a note",
        "colour", "blue"), TASK_DATA))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder("colour", "cohortSize", "decision", "rejectedPairingIds", "sessionsStart", "note"))
        .hasMessageContaining("cohortSize: must be at most 200, not 500")
        .hasMessageContaining("decision: must be one of publish, reject, not 'maybe'")
        .hasMessageContaining("rejectedPairingIds: has options that are not offered: p9")
        .hasMessageContaining("colour: is not a field of the form example");
  }

  @Test
  void refusesAFractionWhereTheFormAsksForAWholeNumber() {
    assertThatThrownBy(() -> validator.validate(FORM, Map.of("cohortSize", 2.5, "decision", "publish"), TASK_DATA))
        .isInstanceOf(ValidationException.class)
        .hasMessage("cohortSize: must be a whole number, not 2.5");
  }

  @Test
  void refusesAMissingRequiredField() {
    assertThatThrownBy(() -> validator.validate(FORM, Map.of("decision", "publish"), TASK_DATA))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("cohortSize", "is required (Number of pairs)")));
  }

  @Test
  void refusesTextLongerThanAColumnHoldsEvenWithoutALimitInTheForm() {
    FormDefinition form = FormDefinition.parse(
        "{\"id\": \"f\", \"components\": [{\"type\": \"textfield\", \"key\": \"goals\", \"label\": \"Goals\"}]}");
    assertThatThrownBy(() -> validator.validate(form, Map.of("goals", "x".repeat(FormValidator.DEFAULT_MAX_TEXT + 1)), Map.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("goals: must be at most 4000 characters");
  }

  @Test
  void holdsNumbersAndDatesToSensibleBoundsEvenWhereTheFormSetsNone() {
    assertThatThrownBy(() -> validator.validate(FORM, Map.of("cohortSize", 2, "decision", "publish", "weight", 2147483647,
        "sessionsStart", "+999999999-01-01"), TASK_DATA))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
            new FieldError("weight", "must be between -1000000000 and 1000000000, not 2147483647"),
            new FieldError("sessionsStart", "must be between 2000-01-01 and 2099-12-31, not +999999999-01-01")));
    assertThatThrownBy(() -> validator.validate(FORM, Map.of("cohortSize", 2, "decision", "publish", "sessionsStart", "1900-01-01"),
        TASK_DATA)).hasMessage("sessionsStart: must be between 2000-01-01 and 2099-12-31, not 1900-01-01");
  }

  @Test
  void keepsLineBreaksToMultiLineFields() {
    assertThat(validator.validate(FORM, Map.of("cohortSize", 2, "decision", "publish", "note", "one\ntwo"), TASK_DATA))
        .containsEntry("note", "one\ntwo");
    assertThatThrownBy(() -> validator.validate(FORM, Map.of("cohortSize", 2, "decision", "publish", "title", "one\ntwo"), TASK_DATA))
        .hasMessage("title: must be a single line");
  }
}
