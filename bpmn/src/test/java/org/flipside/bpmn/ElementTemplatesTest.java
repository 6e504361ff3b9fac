package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Forms;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The element templates a process owner loads into Modeler are the vocabulary's: one per building
 * block and form, current with it (the build also validates the file against the official schema).
 */
class ElementTemplatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCommittedTemplatesAreTheOnesTheVocabularyGives() throws IOException {
    assertThat(Files.readString(ElementTemplates.FILE))
        .as("%s is out of date: run `mvn -q -pl bpmn test-compile exec:java -Dexec.classpathScope=test "
            + "-Dexec.mainClass=org.flipside.bpmn.ElementTemplates` and commit it", ElementTemplates.FILE)
        .isEqualTo(ElementTemplates.render());
  }

  @Test
  void everyBuildingBlockAndFormHasOneTemplateBindingIt() throws IOException {
    JsonNode templates = JSON.readTree(ElementTemplates.FILE.toFile());
    Set<String> ids = new HashSet<>();
    List<String> bound = StreamSupport.stream(templates.spliterator(), false)
        .peek(template -> assertThat(ids.add(template.get("id").asText())).as("unique id").isTrue())
        .flatMap(template -> StreamSupport.stream(template.get("properties").spliterator(), false))
        .filter(property -> "Hidden".equals(property.get("type").asText()))
        .map(property -> property.get("value").asText())
        .toList();

    for (BuildingBlock block : BuildingBlocks.all()) {
      assertThat(bound).as("a template for %s", block.name()).contains("${" + block.name() + "}");
    }
    Forms.all().forEach(form -> assertThat(bound).as("a template for %s", form.id()).contains(form.id()));
    assertThat(templates).hasSize(BuildingBlocks.all().size() + Forms.all().size());
  }

  @Test
  void aListenerTemplateListensToTheEventItsBlockDeclares() throws IOException {
    JsonNode stage = StreamSupport.stream(JSON.readTree(ElementTemplates.FILE.toFile()).spliterator(), false)
        .filter(template -> template.get("id").asText().equals("org.flipside." + BuildingBlocks.STAGE_LISTENER.name()))
        .findFirst().orElseThrow();

    assertThat(stage.get("appliesTo").get(0).asText()).isEqualTo("bpmn:SubProcess");
    JsonNode binding = stage.get("properties").get(0).get("binding");
    assertThat(binding.get("type").asText()).isEqualTo("camunda:executionListener");
    assertThat(binding.get("event").asText()).isEqualTo("start");
  }

  @Test
  void everyFlipsideTaskInTheDiagramsShowsInModelerAsItsTemplate() {
    List<String> problems = new ArrayList<>();
    for (ProcessModels.Model model : ProcessModels.all()) {
      for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
        String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{|}$", "");
        expectTemplate(problems, model, task, "org.flipside." + bean);
      }
      for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
        expectTemplate(problems, model, task, "org.flipside.form." + task.getCamundaFormRef());
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void expectTemplate(List<String> problems, ProcessModels.Model model, Task task, String template) {
    if (!template.equals(task.getAttributeValueNs(ProcessModels.CAMUNDA_NS, "modelerTemplate"))
        || !String.valueOf(ElementTemplates.VERSION)
            .equals(task.getAttributeValueNs(ProcessModels.CAMUNDA_NS, "modelerTemplateVersion"))) {
      problems.add(model.path() + ": " + task.getId() + " should name template " + template
          + ", version " + ElementTemplates.VERSION);
    }
  }

  @Test
  void namesReadAsWords() {
    assertThat(ElementTemplates.words("recordScope")).isEqualTo("Record scope");
    assertThat(ElementTemplates.words("flipside-log-session")).isEqualTo("Log session");
  }
}
