package org.flipside.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision tables Flipside evaluates keep their contract, and the steps that evaluate them find them. */
class DecisionContractCheckTest {

  private static final String ELIGIBILITY = "org/flipside/bpmn/decisions/flipside-eligibility.dmn";
  private static final String REMINDERS = "org/flipside/bpmn/decisions/flipside-reminder-cadence.dmn";
  private static ValidatorEngine engine;
  private static ResourceValidator validator;

  @BeforeAll
  static void startEngine() {
    engine = new ValidatorEngine("decision-contract-test");
    validator = engine.validator;
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  private static List<ProcessProblem> validate(ProcessResource... resources) {
    return validator.validate(List.of(resources), formId -> false);
  }

  @Test
  void theDefaultTablesKeepTheContract() {
    assertThat(validate(ProcessResource.of("eligibility.dmn", read(ELIGIBILITY)),
        ProcessResource.of("reminders.dmn", read(REMINDERS)))).isEmpty();
  }

  @Test
  void aRenamedOutputIsNamedWithTheOutputFlipsideReads() {
    String renamed = read(ELIGIBILITY).replace("name=\"invitedAs\"", "name=\"invitedRole\"");
    assertThat(validate(ProcessResource.of("eligibility.dmn", renamed))).containsExactlyInAnyOrder(
        ProcessProblem.of("eligibility.dmn", "Output_invitedAs", "Flipside reads no output named 'invitedRole' from "
            + "flipside-eligibility: name the output invitedAs"),
        ProcessProblem.of("eligibility.dmn", "DecisionTable_eligibility", "has no output named 'invitedAs', which "
            + "Flipside reads: whether the employee is invited as a mentor, a mentee, either, or not at all"));
  }

  @Test
  void anInputReadingAVariableFlipsideDoesNotGiveIsNamed() {
    String wrongName = read(ELIGIBILITY).replace("<text>band</text>", "<text>grade</text>");
    assertThat(validate(ProcessResource.of("eligibility.dmn", wrongName))).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Input_band");
      assertThat(problem.message()).startsWith("reads grade, which Flipside does not give flipside-eligibility");
    });
  }

  @Test
  void aRuleTestingAVariableFlipsideDoesNotGiveIsNamedButItsOwnIteratorsAreNot() {
    String wrongName = read(ELIGIBILITY).replace("&lt;= mentorMaximumBand", "&lt;= mentorMaxBand");
    assertThat(validate(ProcessResource.of("eligibility.dmn", wrongName))).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Rule_mentor_in0");
      assertThat(problem.message()).startsWith("reads mentorMaxBand, which Flipside does not give");
    });
  }

  @Test
  void anAnswerFlipsideDoesNotUnderstandIsNamed() {
    String unknown = read(ELIGIBILITY).replace("<text>\"mentee\"</text>", "<text>\"leader\"</text>");
    assertThat(validate(ProcessResource.of("eligibility.dmn", unknown))).containsExactly(
        ProcessProblem.of("eligibility.dmn", "Rule_mentee_out", "answers \"leader\" for invitedAs, which Flipside "
            + "does not understand: use one of mentor, mentee, either, none"));
  }

  @Test
  void aTableThatGivesSeveralAnswersIsRefused() {
    String collect = read(REMINDERS).replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\"");
    assertThat(validate(ProcessResource.of("reminders.dmn", collect))).singleElement()
        .satisfies(problem -> assertThat(problem.elementId()).isEqualTo("DecisionTable_reminderCadence"));
  }

  @Test
  void aTableThatDoesNotParseIsNamed() {
    String broken = read(ELIGIBILITY).replace("</decisionTable>", "");
    assertThat(validate(ProcessResource.of("eligibility.dmn", broken))).first()
        .satisfies(problem -> assertThat(problem.resource()).isEqualTo("eligibility.dmn"));
  }

  @Test
  void aStepThatEvaluatesADecisionNeitherInTheSetNorDeployedIsNamed() {
    String diagram = Bpmn.convertToString(Bpmn.createExecutableProcess(Processes.GROUP_LEARNING)
        .camundaHistoryTimeToLive(180).startEvent("Start").serviceTask("Invite")
        .camundaDelegateExpression("${" + BuildingBlocks.OPEN_RECRUITMENT.name() + "}").endEvent("End").done());
    assertThat(validate(ProcessResource.of("invite.bpmn", diagram)))
        .filteredOn(problem -> "Invite".equals(problem.elementId()))
        .extracting(ProcessProblem::message)
        .containsExactly("${openRecruitment} evaluates the decision flipside-eligibility, which is neither in this "
            + "set nor deployed: add a DMN file with that decision");
    assertThat(validate(ProcessResource.of("invite.bpmn", diagram),
        ProcessResource.of("eligibility.dmn", read(ELIGIBILITY))))
        .noneMatch(problem -> "Invite".equals(problem.elementId()) && problem.message().contains("decision"));
  }

  private static String read(String resource) {
    try (InputStream content = DecisionContractCheckTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
