package org.flipside.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Diagrams parse with the schema compiled once exactly as with Camunda's own parser: what it refuses, and where. */
class CompiledSchemaParsesTest {

  private static final String DEFINITIONS = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
      + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"flipside\">\n";

  private final ProcessEngine camundas = engine(false);
  private final ProcessEngine compiled = engine(true);

  @AfterEach
  void close() {
    camundas.close();
    compiled.close();
  }

  @Test
  void aValidDiagramDeploysAndRunsOnBoth() {
    String diagram = DEFINITIONS + "<process id=\"review\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">\n"
        + "<startEvent id=\"start\"/><sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"task\"/>\n"
        + "<userTask id=\"task\" camunda:assignee=\"someone\"/><sequenceFlow id=\"f2\" sourceRef=\"task\""
        + " targetRef=\"end\"/><endEvent id=\"end\"/></process></definitions>";

    assertThat(deploy(compiled, diagram)).isEqualTo(deploy(camundas, diagram)).containsExactly("deployed");
    compiled.getRuntimeService().startProcessInstanceByKey("review");
    assertThat(compiled.getTaskService().createTaskQuery().taskAssignee("someone").count()).isEqualTo(1);
  }

  @Test
  void whatTheSchemaRefusesIsRefusedWithTheSameProblemsAtTheSamePlaces() {
    String diagram = DEFINITIONS + "<process id=\"review\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">\n"
        + "<startEvent id=\"start\"/>\n<sequenceFlow id=\"f1\" targetRef=\"end\"/>\n"
        + "<endEvent id=\"end\" unknown=\"x\"/>\n<notABpmnElement id=\"odd\"/></process></definitions>";

    List<String> problems = deploy(camundas, diagram);

    assertThat(problems).anyMatch(problem -> problem.contains("cvc-")).hasSizeGreaterThan(1);
    assertThat(deploy(compiled, diagram)).isEqualTo(problems);
    // a second parse, with the schema compiled already, refuses it alike
    assertThat(deploy(compiled, diagram)).isEqualTo(problems);
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedAsByCamunda() {
    String diagram = "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY x \"y\">]>\n"
        + DEFINITIONS + "<process id=\"review\" isExecutable=\"true\"/></definitions>";

    List<String> problems = deploy(camundas, diagram);

    assertThat(problems).singleElement().asString().contains("DOCTYPE");
    assertThat(deploy(compiled, diagram)).isEqualTo(problems);
  }

  /** "deployed", or each problem the parse reports with its line and column, or the failure's message. */
  private static List<String> deploy(ProcessEngine engine, String diagram) {
    try {
      engine.getRepositoryService().createDeployment()
          .addString("review.bpmn", diagram).deploy();
      return List.of("deployed");
    } catch (ParseException e) {
      List<String> problems = new ArrayList<>();
      e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> problems.add(
          error.getLine() + ":" + error.getColumn() + " " + error.getMainElementId() + " " + error.getMessage())));
      return problems;
    } catch (ProcessEngineException e) {
      return List.of(e.getMessage());
    }
  }

  private static ProcessEngine engine(boolean compiledSchema) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName("schema-" + UUID.randomUUID());
    if (compiledSchema) {
      configuration.setBpmnParseFactory(new CompiledSchemaParses());
    }
    return configuration.buildProcessEngine();
  }
}
