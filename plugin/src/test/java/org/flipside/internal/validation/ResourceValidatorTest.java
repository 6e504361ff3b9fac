package org.flipside.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Recipients;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceValidatorTest {

  private static final String FOLDER = "org/flipside/bpmn/";
  private static final String PREPARE_PAIR_JOURNEY = "${" + BuildingBlocks.PREPARE_PAIR_JOURNEY.name() + "}";
  private static final String STAGE_LISTENER = "${" + BuildingBlocks.STAGE_LISTENER.name() + "}";

  private static ValidatorEngine engine;
  private static ResourceValidator validator;

  @BeforeAll
  static void startEngine() {
    engine = new ValidatorEngine("validator-test");
    validator = engine.validator;
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  private static List<ProcessProblem> validate(ProcessResource... resources) {
    return validator.validate(List.of(resources), formId -> formId.equals("flipside-already-deployed"));
  }

  private static ProcessBuilder process(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180);
  }

  private static ProcessResource diagram(String name, org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
    return ProcessResource.of(name, Bpmn.convertToString(model));
  }

  @Test
  void aWellFormedSetHasNoProblem() {
    assertThat(validate(
        diagram("ok.bpmn", process(Processes.PAIR_JOURNEY).startEvent("Start")
            .serviceTask("Prepare").camundaDelegateExpression(PREPARE_PAIR_JOURNEY)
            .userTask("Review").camundaFormRef("flipside-review").camundaFormRefBinding("latest")
            .userTask("Earlier").camundaFormRef("flipside-already-deployed").camundaFormRefBinding("latest")
            .exclusiveGateway("Reviewed").condition("liked", "${liked == 'yes'}").endEvent("Liked")
            .moveToLastGateway().condition("not liked", "${liked != 'yes'}")
            .endEvent("End").done()),
        ProcessResource.of("review.form",
            "{\"id\": \"flipside-review\", \"components\": [{\"id\": \"Liked\", \"key\": \"liked\", "
                + "\"type\": \"radio\", \"values\": [{\"label\": \"Yes\", \"value\": \"yes\"}]}]}")))
        .isEmpty();
  }

  @Test
  void flipsidesOwnFilesHaveNoProblem() {
    List<ProcessResource> own = new ArrayList<>();
    read(FOLDER + "deployment.index").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(name -> own.add(ProcessResource.of(name, read(FOLDER + name))));
    assertThat(validator.validate(own, formId -> false)).isEmpty();
  }

  @Test
  void xmlThatDoesNotParseIsNamedWithItsLine() {
    assertThat(validate(ProcessResource.of("broken.bpmn", "<definitions>\n  <process id=\"x\">\n</definitions>")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.resource()).isEqualTo("broken.bpmn");
          assertThat(problem.line()).isEqualTo(3);
          assertThat(problem.message()).startsWith("is not well-formed XML");
        });
  }

  @Test
  void theEnginesOwnParseErrorsNameTheElement() {
    assertThat(validate(diagram("no-implementation.bpmn", process("p").startEvent("Start")
        .serviceTask("DoNothing").endEvent("End").done())))
        .anySatisfy(problem -> {
          assertThat(problem.resource()).isEqualTo("no-implementation.bpmn");
          assertThat(problem.elementId()).isEqualTo("DoNothing");
          assertThat(problem.message()).contains("delegateExpression");
        });
  }

  @Test
  void anUnknownBeanIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .serviceTask("Guess").camundaDelegateExpression("${recordScoop}").endEvent("End").done())))
        .containsExactly(ProcessProblem.of("p.bpmn", "Guess",
            "delegate expression ${recordScoop} names no building block of Flipside"));
  }

  @Test
  void aMethodCalledOnAnUnknownBeanIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .serviceTask("Call").camundaExpression("${mailer.send(execution)}").endEvent("End").done())))
        .containsExactly(ProcessProblem.of("p.bpmn", "Call",
            "calls ${mailer}, which is not one of Flipside's building blocks"));
  }

  @Test
  void aFormThatIsNeitherInTheSetNorDeployedIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .userTask("Review").camundaFormRef("flipside-missing").camundaFormRefBinding("latest").endEvent("End").done())))
        .containsExactly(ProcessProblem.of("p.bpmn", "Review",
            "shows the form flipside-missing, which is neither in this deployment nor deployed before"));
  }

  @Test
  void aStageMissingFromTheLifecycleIsNamed() {
    assertThat(validate(diagram("lifecycle.bpmn", process(Processes.LIFECYCLE).startEvent("Start")
        .subProcess(Stages.PILOT_SCOPING).camundaExecutionListenerDelegateExpression("start", STAGE_LISTENER)
        .embeddedSubProcess().startEvent("ScopingStarted").endEvent("ScopingEnded").subProcessDone()
        .endEvent("End").done())))
        .hasSize(Stages.IN_ORDER.size() - 1)
        .contains(ProcessProblem.of("lifecycle.bpmn", Processes.LIFECYCLE,
            "the lifecycle has no stage " + Stages.RECRUITMENT + " with the start listener " + STAGE_LISTENER));
  }

  @Test
  void aServiceTasksBuildingBlockAsAListenerIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .userTask("Review")
        .camundaExecutionListenerDelegateExpression("end", "${" + BuildingBlocks.CANCEL_PROGRAMME.name() + "}")
        .endEvent("End").done())))
        .contains(ProcessProblem.of("p.bpmn", "Review",
            "${" + BuildingBlocks.CANCEL_PROGRAMME.name()
                + "} is a building block for a service task, not for an execution listener"));
  }

  @Test
  void aVariableNoStepSetsIsNamedWhereItIsRead() {
    assertThat(validate(diagram("p.bpmn", process(Processes.PAIR_JOURNEY).startEvent("Start")
        .exclusiveGateway("Cadence").sequenceFlowId("ToMonthly")
        .condition("monthly", "${" + Vars.SESSION_CADENCE.name() + " == 'P1M'}")
        .endEvent("Monthly")
        .moveToLastGateway().sequenceFlowId("ToOther").condition("other", "${sesionCadence != 'P1M'}")
        .endEvent("Other")
        .done())))
        .containsExactly(
            ProcessProblem.of("p.bpmn", "ToMonthly", "reads " + Vars.SESSION_CADENCE.name()
                + ", which no step of flipside-pair-journey sets: "
                + "not its start, a building block, a form, a message or a mapping"),
            ProcessProblem.of("p.bpmn", "ToOther", "reads sesionCadence, which is neither a variable of Flipside nor "
                + "set by a step of flipside-pair-journey"));
  }

  @Test
  void anAnswerAFormsHandlerKeepsFromTheEngineCannotBeReadByALaterStep() {
    assertThat(validate(
        ProcessResource.of("rollout.form", read(FOLDER + "forms/" + Forms.ROLLOUT_DECISION + ".form")),
        diagram("p.bpmn", process("p").startEvent("Start")
            .userTask("Decide").camundaFormRef(Forms.ROLLOUT_DECISION).camundaFormRefBinding("latest")
            .exclusiveGateway("Decided").sequenceFlowId("Stop")
            .condition("stop", "${" + Vars.ROLLOUT_DECISION.name() + " == 'stop'}").endEvent("Stopped")
            .moveToLastGateway().sequenceFlowId("Explained")
            .condition("explained", "${" + Vars.RATIONALE.name() + " != ''}").endEvent("Other")
            .done())))
        .as("the decision steers; the sponsor's reasons are kept in Flipside's tables")
        .containsExactly(ProcessProblem.of("p.bpmn", "Explained", "reads " + Vars.RATIONALE.name()
            + ", which no step of p sets: not its start, a building block, a form, a message or a mapping"));
  }

  @Test
  void aBuildingBlockWhoseInputNoStepSetsIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .serviceTask("Prepare").camundaDelegateExpression(PREPARE_PAIR_JOURNEY).endEvent("End").done())))
        .containsExactly(ProcessProblem.of("p.bpmn", "Prepare", "reads " + Vars.PAIRING_ID.name()
            + ", which no step of p sets: "
            + "not its start, a building block, a form, a message or a mapping"));
  }

  @Test
  void aNotificationStepWithoutAnInputOrWithRecipientsNotOfferedIsNamed() {
    String notify = "${" + BuildingBlocks.NOTIFY.name() + "}";
    List<ProcessProblem> problems = validate(diagram("p.bpmn", process(Processes.PAIR_JOURNEY).startEvent("Start")
        .serviceTask("Tell").camundaDelegateExpression(notify)
        .camundaInputParameter(Vars.NOTIFICATION_TOPIC.name(), "agreement-confirmed")
        .camundaInputParameter(Vars.NOTIFICATION_RECIPIENTS.name(), "everyone")
        .camundaInputParameter(Vars.NOTIFICATION_SUBJECT.name(), "Agreed")
        .serviceTask("TellAgain").camundaDelegateExpression(notify)
        .camundaInputParameter(Vars.NOTIFICATION_TOPIC.name(), "agreement-confirmed")
        .camundaInputParameter(Vars.NOTIFICATION_RECIPIENTS.name(), "${recipients}")
        .camundaInputParameter(Vars.NOTIFICATION_SUBJECT.name(), "Agreed")
        .camundaInputParameter(Vars.NOTIFICATION_BODY.name(), "Your agreement is confirmed.")
        .endEvent("End").done()));

    assertThat(problems).filteredOn(problem -> problem.message().contains("input parameter")).containsExactly(
        ProcessProblem.of("p.bpmn", "Tell", "input parameter " + Vars.NOTIFICATION_RECIPIENTS.name()
            + " is 'everyone', which is not one of " + String.join(", ", Recipients.all())),
        ProcessProblem.of("p.bpmn", "Tell", "${notify} needs the input parameter " + Vars.NOTIFICATION_BODY.name()
            + " (Message)"));
  }

  @Test
  void aSessionCadenceSetInTheDiagramThatIsNoPeriodIsNamed() {
    String open = "${" + BuildingBlocks.OPEN_SESSION_PERIOD.name() + "}";
    List<ProcessProblem> problems = validate(diagram("p.bpmn", process(Processes.PAIR_JOURNEY).startEvent("Start")
        .serviceTask("Prepare").camundaDelegateExpression(PREPARE_PAIR_JOURNEY)
        .serviceTask("Open").camundaDelegateExpression(open)
        .camundaInputParameter(Vars.SESSION_CADENCE.name(), "fortnightly")
        .serviceTask("OpenAgain").camundaDelegateExpression(open)
        .camundaInputParameter(Vars.SESSION_CADENCE.name(), "P2W")
        .endEvent("End").done()));

    assertThat(problems).filteredOn(problem -> problem.message().contains(Vars.SESSION_CADENCE.name())).containsExactly(
        ProcessProblem.of("p.bpmn", "Open", Vars.SESSION_CADENCE.name()
            + " is 'fortnightly', which is not an ISO-8601 period such as P2W or P1M"));
  }

  @Test
  void aFieldTheFormsHandlerDoesNotKnowIsNamed() {
    assertThat(validate(ProcessResource.of("sign-off.form", "{\"id\": \"" + Forms.SPONSOR_SIGN_OFF + "\", "
        + "\"components\": [{\"id\": \"Decision\", \"key\": \"decision\"}, "
        + "{\"id\": \"Budget\", \"key\": \"budget\"}]}")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.resource()).isEqualTo("sign-off.form");
          assertThat(problem.elementId()).isEqualTo("Budget");
          assertThat(problem.message()).startsWith("the field budget is unknown to the handler of "
              + Forms.SPONSOR_SIGN_OFF);
        });
  }

  @Test
  void aNewFormMayAskOnlyForValuesThatSteerTheProcessNeverFreeText() {
    assertThat(validate(ProcessResource.of("code-of-conduct.form", "{\"id\": \"code-of-conduct\", "
        + "\"components\": [{\"id\": \"Intro\", \"type\": \"text\", \"text\": \"Our code of conduct\"}, "
        + "{\"id\": \"Read\", \"key\": \"conductRead\", \"type\": \"checkbox\"}, "
        + "{\"id\": \"Thoughts\", \"key\": \"conductThoughts\", \"type\": \"textarea\"}]}")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.resource()).isEqualTo("code-of-conduct.form");
          assertThat(problem.elementId()).isEqualTo("Thoughts");
          assertThat(problem.message()).startsWith("the field conductThoughts is a textarea: a new form's answers "
              + "are kept by the engine");
        });
  }

  @Test
  void theStageListenerOffAStageIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .userTask("Review").camundaExecutionListenerDelegateExpression("start", STAGE_LISTENER)
        .endEvent("End").done())))
        .anySatisfy(problem -> {
          assertThat(problem.elementId()).isEqualTo("Review");
          assertThat(problem.message()).startsWith(STAGE_LISTENER + " is on Review, which is not a stage");
        });
  }

  @Test
  void aTimerThatDoesNotParseIsNamed() {
    assertThat(validate(diagram("p.bpmn", process("p").startEvent("Start")
        .intermediateCatchEvent("Wait").timerWithDuration("P1MM").endEvent("End").done())))
        .singleElement().satisfies(problem -> {
          assertThat(problem.elementId()).isEqualTo("Wait");
          assertThat(problem.message()).startsWith("the timer's timeDuration P1MM does not parse");
        });
  }

  @Test
  void timersInIsoOrFromAnExpressionPass() {
    assertThat(validate(diagram("p.bpmn", process(Processes.PAIR_JOURNEY).startEvent("Start")
        .serviceTask("Prepare").camundaDelegateExpression(PREPARE_PAIR_JOURNEY)
        .intermediateCatchEvent("Wait").timerWithDuration("P1M")
        .intermediateCatchEvent("Cadence").timerWithDuration("${" + Vars.SESSION_CADENCE.name() + "}")
        .intermediateCatchEvent("Until").timerWithDate("2027-03-01T09:00:00")
        .endEvent("End").done())))
        .isEmpty();
  }

  @Test
  void aDecisionTableThatDoesNotParseIsNamed() {
    assertThat(validate(ProcessResource.of("eligibility.dmn",
        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" namespace=\"x\">"
            + "<decision id=\"Eligible\"><decisionTable id=\"Table\"><output id=\"Out\" typeRef=\"boolean\"/>"
            + "<rule id=\"Rule\"><inputEntry id=\"In\"><text>1</text></inputEntry></rule>"
            + "</decisionTable></decision></definitions>")))
        .anySatisfy(problem -> {
          assertThat(problem.resource()).isEqualTo("eligibility.dmn");
          assertThat(problem.message()).startsWith("does not parse");
        });
  }

  @Test
  void aFeelCellThatDoesNotParseIsNamed() {
    assertThat(validate(ProcessResource.of("eligibility.dmn",
        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" namespace=\"x\">"
            + "<decision id=\"Eligible\" name=\"Eligible\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\""
            + " camunda:historyTimeToLive=\"180\"><decisionTable id=\"Table\">"
            + "<input id=\"Band\"><inputExpression id=\"BandExpression\" typeRef=\"integer\"><text>band</text>"
            + "</inputExpression></input><output id=\"Out\" name=\"eligible\" typeRef=\"boolean\"/>"
            + "<rule id=\"Rule\"><inputEntry id=\"Senior\"><text>&gt;= 8 and</text></inputEntry>"
            + "<outputEntry id=\"Yes\"><text>true</text></outputEntry></rule>"
            + "</decisionTable></decision></definitions>")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.elementId()).isEqualTo("Senior");
          assertThat(problem.message()).startsWith("the FEEL test >= 8 and does not parse");
        });
  }

  @Test
  void aFormThatIsNotJsonIsNamed() {
    assertThat(validate(ProcessResource.of("review.form", "{\"id\": ")))
        .singleElement().satisfies(problem -> {
          assertThat(problem.resource()).isEqualTo("review.form");
          assertThat(problem.message()).startsWith("is not JSON");
        });
  }

  @Test
  void aFileOfAnotherKindIsRefused() {
    assertThat(validate(ProcessResource.of("notes.txt", "hello")))
        .containsExactly(ProcessProblem.of("notes.txt", null,
            "is not a BPMN diagram (.bpmn), DMN table (.dmn) or form (.form)"));
  }

  private static String read(String resource) {
    try (InputStream content = ResourceValidatorTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
