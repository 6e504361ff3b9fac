package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Camunda Forms: one per human step, and only what the plugin's form validator understands. */
class FormsTest {

  static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");
  static final Set<String> ALLOWED_TYPES = union(INPUT_TYPES, Set.of("text"));
  static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> FORMS = new LinkedHashMap<>();
  private static final Map<String, UserTask> USER_TASKS = new LinkedHashMap<>();

  @BeforeAll
  static void readFormsAndProcesses() throws IOException {
    for (String path : ProcessResources.withSuffix(".form")) {
      try (InputStream in = ProcessResources.open(path)) {
        FORMS.put(path, JSON.readTree(in));
      }
    }
    for (ProcessModels.Model model : ProcessModels.all()) {
      model.instance().getModelElementsByType(UserTask.class).forEach(task -> USER_TASKS.put(task.getId(), task));
    }
  }

  @Test
  void everyFormIsACamundaFormWhoseIdIsItsFileName() {
    assertThat(FORMS).isNotEmpty();
    FORMS.forEach((path, form) -> {
      String fileName = path.substring(path.lastIndexOf('/') + 1);
      assertThat(form.path("id").asText()).as(path).isEqualTo(fileName.replace(".form", ""));
      assertThat(form.path("type").asText()).as(path).isEqualTo("default");
      assertThat(form.path("schemaVersion").asInt()).as(path).isEqualTo(16);
    });
  }

  @Test
  void everyHumanStepNamesAFormByLatestBindingAndEveryFormIsUsed() {
    Set<String> formRefs = new TreeSet<>();
    USER_TASKS.values().forEach(task -> {
      assertThat(formRef(task)).as("formRef of %s", task.getId()).isNotBlank();
      assertThat(task.getAttributeValueNs(ProcessModels.CAMUNDA_NS, "formRefBinding"))
          .as("formRefBinding of %s", task.getId()).isEqualTo("latest");
      formRefs.add(formRef(task));
    });
    Set<String> formIds = new TreeSet<>();
    FORMS.values().forEach(form -> formIds.add(form.path("id").asText()));
    assertThat(formIds).isEqualTo(formRefs);
  }

  @Test
  void formsUseOnlyTheComponentsThePluginValidates() {
    FORMS.forEach((path, form) -> checkComponents(path, form.path("components"), new HashSet<>(), new HashSet<>()));
  }

  /** Groups only arrange fields: their fields are checked as if they stood at the top of the form. */
  private static void checkComponents(String path, JsonNode components, Set<String> ids, Set<String> keys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String where = path + " " + component.path("id").asText();
      assertThat(ids.add(component.path("id").asText())).as("unique id " + where).isTrue();
      if (type.equals("group")) {
        assertThat(component.path("label").asText()).as(where).isNotBlank();
        assertThat(component.path("components")).as(where + " holds fields").isNotEmpty();
        checkComponents(path, component.path("components"), ids, keys);
        continue;
      }
      assertThat(type).as(where).isIn(ALLOWED_TYPES);
      if (!INPUT_TYPES.contains(type)) {
        assertThat(component.path("text").asText()).as(where).isNotBlank();
        continue;
      }
      assertThat(component.path("key").asText()).as(where).isNotBlank();
      assertThat(component.path("label").asText()).as(where).isNotBlank();
      assertThat(keys.add(component.path("key").asText())).as("unique key " + where).isTrue();
      if (CHOICE_TYPES.contains(type)) {
        assertThat(component.has("values") ^ component.has("valuesKey"))
            .as(where + " has static values or a valuesKey").isTrue();
      }
      if (type.equals("datetime")) {
        assertThat(component.path("subtype").asText()).as(where).isEqualTo("date");
      }
    }
  }

  @Test
  void everyHideConditionReadsOnlyTheFormsOwnFieldsAndData() {
    FORMS.forEach((path, form) -> {
      Set<String> known = new HashSet<>(allKeys(form.path("components")));
      Forms.withId(form.path("id").asText())
          .ifPresent(declared -> declared.shows().forEach(shown -> known.add(shown.name())));
      conditions(form.path("components")).forEach(condition -> {
        assertThat(condition).as(path).startsWith("=");
        Matcher name = FEEL_NAME.matcher(condition.replaceAll("\"[^\"]*\"", ""));
        while (name.find()) {
          assertThat(name.group()).as(path + " " + condition).isIn(union(known, FEEL_WORDS));
        }
      });
    });
  }

  private static final Pattern FEEL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null");

  private static List<String> allKeys(JsonNode components) {
    List<String> keys = new ArrayList<>();
    components.forEach(component -> {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      keys.addAll(allKeys(component.path("components")));
    });
    return keys;
  }

  private static List<String> conditions(JsonNode components) {
    List<String> conditions = new ArrayList<>();
    components.forEach(component -> {
      if (component.path("conditional").hasNonNull("hide")) {
        conditions.add(component.path("conditional").path("hide").asText());
      }
      conditions.addAll(conditions(component.path("components")));
    });
    return conditions;
  }

  /** Forms whose answers the plugin stores itself, completing their tasks with no variables at all. */
  private static final Set<String> STORED_BY_THE_PLUGIN = Set.of(Forms.BASELINE_SURVEY, Forms.FINAL_SURVEY,
      Forms.PULSE_SURVEY, Forms.APPLICATION);

  @Test
  void answersGivenInsideAMultiInstanceStayLocalToTheirInstance() {
    USER_TASKS.values().forEach(task -> {
      Optional<SubProcess> multiInstance = ProcessModels.enclosingMultiInstance(task);
      if (multiInstance.isEmpty() || STORED_BY_THE_PLUGIN.contains(formRef(task))) {
        return;
      }
      List<String> written = new ArrayList<>(inputKeys(formOf(task)));
      written.add(Vars.COMPLETED_BY.name());
      assertThat(ProcessModels.localVariables(multiInstance.get()))
          .as("local variables of %s, which holds %s", multiInstance.get().getId(), task.getId())
          .containsAll(written);
    });
  }

  private static String formRef(UserTask task) {
    return task.getAttributeValueNs(ProcessModels.CAMUNDA_NS, "formRef");
  }

  private static JsonNode formOf(UserTask task) {
    return FORMS.values().stream().filter(form -> form.path("id").asText().equals(formRef(task)))
        .findFirst().orElseThrow(() -> new AssertionError("no form " + formRef(task)));
  }

  private static List<String> inputKeys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    form.path("components").forEach(component -> {
      if (INPUT_TYPES.contains(component.path("type").asText())) {
        keys.add(component.path("key").asText());
      }
    });
    return keys;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
