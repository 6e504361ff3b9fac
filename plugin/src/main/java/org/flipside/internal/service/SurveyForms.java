package org.flipside.internal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.form.FormDefinition;
import org.flipside.model.Programme;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.QuestionKind;
import org.flipside.model.evaluation.StandardQuestion;
import org.flipside.model.evaluation.Surveys;
import org.flipside.model.evaluation.TemplateQuestion;

/** The baseline and final survey forms, each with the questions a programme's manager added to its template. */
final class SurveyForms {

  private static final Map<String, SurveyKind> KINDS =
      Map.of(Forms.BASELINE_SURVEY, SurveyKind.BASELINE, Forms.FINAL_SURVEY, SurveyKind.FINAL);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The limit {@code SurveyTemplate} sets for a free-text answer. */
  private static final int MAXIMUM_TEXT_ANSWER = 4000;

  private final Repositories data;

  SurveyForms(Repositories data) {
    this.data = data;
  }

  boolean isSurvey(FormDefinition form) {
    return KINDS.containsKey(form.id());
  }

  /** Which survey the form asks; the form must be a survey. */
  SurveyKind kindOf(FormDefinition form) {
    return KINDS.get(form.id());
  }

  /** The deployed survey with the programme's added questions after its own, scales from 1 to 5, all optional. */
  FormDefinition withAddedQuestions(FormDefinition deployed, String programmeId) {
    Programme programme = data.programmes().find(programmeId)
        .orElseThrow(() -> new IllegalStateException("no programme " + programmeId));
    var added = new Surveys(data.entityManager()).template(programme).questions().stream()
        .filter(question -> !question.standard()).toList();
    if (added.isEmpty()) {
      return deployed;
    }
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(deployed.json());
      ArrayNode components = (ArrayNode) root.path("components");
      // an added free-text question tells who reads it in the words of the survey's own comment field
      String whoReads = StreamSupport.stream(components.spliterator(), false)
          .filter(component -> StandardQuestion.COMMENTS.key().equals(component.path("key").asText()))
          .map(component -> component.path("description").asText()).findFirst().orElse("");
      added.forEach(question -> components.add(component(question, whoReads)));
      return FormDefinition.parse(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode component(TemplateQuestion question, String whoReads) {
    ObjectNode component = JSON.createObjectNode();
    component.put("label", question.text());
    component.put("key", question.key());
    component.put("id", "Field_" + question.key());
    ObjectNode validate = component.putObject("validate");
    if (question.kind() == QuestionKind.SCALE) {
      component.put("type", "number");
      component.put("description", "1 = not at all, 5 = very much");
      component.put("decimalDigits", 0);
      validate.put("min", 1);
      validate.put("max", 5);
    } else {
      component.put("type", "textarea");
      component.put("description", whoReads);
      validate.put("maxLength", MAXIMUM_TEXT_ANSWER);
    }
    return component;
  }
}
