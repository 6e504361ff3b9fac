package org.flipside.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Diagrams parse with the schema compiled once exactly as with Camunda's own parser: what it refuses, and where. Once
 * compiled, no parse reads the schema's files again, where each of Camunda's reads them.
 */
class CompiledSchemaParsesTest {

  private static final String DEFINITIONS = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
      + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"flipside\">\n";
  /** The protocols a parse may read a schema's files with (by its system property's name); none when empty. */
  private static final String ACCESS_EXTERNAL_SCHEMA = "javax.xml.accessExternalSchema";

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

  @Test
  void aParseAfterTheFirstReadsNoSchemaFileAgain() {
    assertThat(deploy(compiled, review("first"))).containsExactly("deployed");

    List<String> camundasParse = withSchemaFilesOutOfReach(() -> deploy(camundas, review("second")));
    List<String> compiledParse = withSchemaFilesOutOfReach(() -> deploy(compiled, review("second")));

    // Camunda's parse reads the schema's files for each diagram, and is refused them now
    assertThat(camundasParse).anyMatch(problem -> problem.contains("accessExternalSchema"));
    assertThat(compiledParse).containsExactly("deployed");
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

  /** A valid diagram of a process with the given key. */
  private static String review(String key) {
    return DEFINITIONS + "<process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">\n"
        + "<startEvent id=\"start\"/><sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"end\"/>\n"
        + "<endEvent id=\"end\"/></process></definitions>";
  }

  /**
   * The work's result while parses may read no schema file: the JDK's parsers then refuse a schema's every file, and
   * a parse that reads the schema's files reports so.
   */
  private static <T> T withSchemaFilesOutOfReach(Supplier<T> work) {
    String before = System.getProperty(ACCESS_EXTERNAL_SCHEMA);
    System.setProperty(ACCESS_EXTERNAL_SCHEMA, "");
    try {
      return work.get();
    } finally {
      if (before == null) {
        System.clearProperty(ACCESS_EXTERNAL_SCHEMA);
      } else {
        System.setProperty(ACCESS_EXTERNAL_SCHEMA, before);
      }
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
