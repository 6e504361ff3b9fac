package org.flipside.it;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.flipside.api.ProcessResource;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Recipients;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;

/**
 * Flipside's own diagrams, read from the bundle's classpath and changed as a process owner changes them in Camunda
 * Modeler: through the Camunda model API, keeping each new element drawn and in its lane.
 */
final class ProcessOwnerEdits {

  static final String PAIR_JOURNEY_FILE = "pair-journey.bpmn";
  static final String LIFECYCLE_FILE = "programme-lifecycle.bpmn";
  /** The process owner's step, after the pair's learning agreement is confirmed. */
  static final String TELL_PARTNERS = "TellPartnersAgreementConfirmed";
  static final String AGREEMENT_TOPIC = "agreement-confirmed";
  static final String AGREEMENT_SUBJECT = "Your learning agreement is confirmed";
  static final String AGREEMENT_BODY = "Both of you confirmed your learning agreement: arrange your first session.";
  /** The process owner's user task between the kick-off workshops and the sessions. */
  static final String SHARE_CODE_OF_CONDUCT = "ShareCodeOfConduct";
  static final String CODE_OF_CONDUCT_FILE = "forms/code-of-conduct.form";
  static final String CODE_OF_CONDUCT_FORM_ID = "code-of-conduct";
  static final String CODE_OF_CONDUCT_SHARED = "conductShared";
  private static final String CONFIRMED = "RecordAgreementConfirmed";
  /** The gap between an inserted step and the one before it, small enough to keep it inside the lane. */
  private static final double ABOVE = 10;
  private static final String NOTIFY_TEMPLATE = "org.flipside.notify";
  private static final String OPEN_SESSION_PERIOD = "${" + BuildingBlocks.OPEN_SESSION_PERIOD.name() + "}";

  private ProcessOwnerEdits() {}

  /** One of the files the bundle deploys, by its name among them, such as {@code forms/x.form}. */
  static InputStream bundledFile(String file) {
    return ProcessOwnerEdits.class.getClassLoader().getResourceAsStream("org/flipside/bpmn/" + file);
  }

  static BpmnModelInstance bundled(String file) {
    return Bpmn.readModelFromStream(bundledFile(file));
  }

  static ProcessResource edited(String file, Consumer<BpmnModelInstance> edit) {
    BpmnModelInstance model = bundled(file);
    edit.accept(model);
    return ProcessResource.of(file, Bpmn.convertToString(model));
  }

  /**
   * A lifecycle that still reads the deprecated respondent lists, as one drawn against the vocabulary's 1.0 does:
   * its "Nobody to ask" tests them, not the counts.
   */
  @SuppressWarnings("deprecation")
  static ProcessResource lifecycleTestingTheRespondentLists() {
    String lifecycle = Bpmn.convertToString(bundled(LIFECYCLE_FILE))
        .replace("${" + Vars.BASELINE_RESPONDENT_COUNT.name() + " == 0}",
            "${empty " + Vars.BASELINE_RESPONDENT_IDS.name() + "}")
        .replace("${" + Vars.RESPONDENT_COUNT.name() + " == 0}", "${empty " + Vars.RESPONDENT_IDS.name() + "}");
    return ProcessResource.of(LIFECYCLE_FILE, lifecycle);
  }

  /** The pair journey telling both partners once their learning agreement is confirmed. */
  static ProcessResource pairJourneyTellingPartners() {
    return pairJourneyNotifying(Recipients.PARTNERS, true);
  }

  /**
   * The pair journey with the notify step inserted after the agreement is confirmed, configured as its element
   * template does: {@code ${notify}} and its four input parameters (the message left out when asked).
   */
  static ProcessResource pairJourneyNotifying(String recipients, boolean withBody) {
    return edited(PAIR_JOURNEY_FILE, model -> {
      ServiceTask tell = insertAfter(model, CONFIRMED, TELL_PARTNERS, "Tell the partners");
      tell.setCamundaDelegateExpression("${" + BuildingBlocks.NOTIFY.name() + "}");
      tell.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate", NOTIFY_TEMPLATE);
      tell.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion", "1");
      tell.builder().camundaInputParameter(Vars.NOTIFICATION_TOPIC.name(), AGREEMENT_TOPIC)
          .camundaInputParameter(Vars.NOTIFICATION_RECIPIENTS.name(), recipients)
          .camundaInputParameter(Vars.NOTIFICATION_SUBJECT.name(), AGREEMENT_SUBJECT);
      if (withBody) {
        tell.builder().camundaInputParameter(Vars.NOTIFICATION_BODY.name(), AGREEMENT_BODY);
      }
    });
  }

  /**
   * The lifecycle without its knowledge sessions: the call of the group learning process, and the end event its
   * branch of the sessions stage finished on, removed with their flows and drawings.
   */
  static ProcessResource lifecycleWithoutKnowledgeSessions() {
    return edited(LIFECYCLE_FILE, model -> {
      CallActivity groupLearning = model.getModelElementsByType(CallActivity.class).stream()
          .filter(call -> Processes.GROUP_LEARNING.equals(call.getCalledElement())).findFirst().orElseThrow();
      FlowNode branchEnd = groupLearning.getOutgoing().iterator().next().getTarget();
      remove(model, groupLearning);
      remove(model, branchEnd);
    });
  }

  /**
   * The pair journey with its session periods as long as the given ISO-8601 period whatever the programme's scope
   * said: an input parameter {@code sessionCadence} on the step that opens each period, as Modeler's Inputs tab
   * writes it.
   */
  static ProcessResource pairJourneyWithPeriodsOf(String cadence) {
    return edited(PAIR_JOURNEY_FILE, model -> model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> OPEN_SESSION_PERIOD.equals(task.getCamundaDelegateExpression()))
        .forEach(task -> task.builder().camundaInputParameter(Vars.SESSION_CADENCE.name(), cadence)));
  }

  /**
   * The lifecycle with a user task between the kick-off workshops and the sessions, offered to the HR admins with a
   * new form of the process owner's, as the form element template and Modeler's form tab write it.
   */
  static ProcessResource lifecycleWithCodeOfConduct() {
    return edited(LIFECYCLE_FILE, model -> {
      UserTask share = insertAfter(model, Stages.KICK_OFF_WORKSHOPS, UserTask.class, SHARE_CODE_OF_CONDUCT,
          "Share the code of conduct");
      share.setCamundaFormRef(CODE_OF_CONDUCT_FORM_ID);
      share.setCamundaFormRefBinding("latest");
      share.setCamundaCandidateGroups(FlipsideRoles.HR_ADMIN);
    });
  }

  /** The process owner's new form: a yes-or-no that steers nothing but records the step, or free text when asked. */
  static ProcessResource codeOfConductForm(boolean withFreeText) {
    String freeText = withFreeText
        ? ", {\"type\": \"textarea\", \"id\": \"Reactions\", \"key\": \"conductReactions\", "
            + "\"label\": \"How participants reacted\"}"
        : "";
    return ProcessResource.of(CODE_OF_CONDUCT_FILE, "{\"id\": \"" + CODE_OF_CONDUCT_FORM_ID + "\", "
        + "\"type\": \"default\", \"schemaVersion\": 16, \"components\": ["
        + "{\"type\": \"text\", \"id\": \"Intro\", \"text\": \"Share the code of conduct with every participant "
        + "before the sessions begin.\"}, "
        + "{\"type\": \"checkbox\", \"id\": \"Shared\", \"key\": \"" + CODE_OF_CONDUCT_SHARED + "\", "
        + "\"label\": \"Shared with every participant\", \"validate\": {\"required\": true}}" + freeText + "]}");
  }

  /** The id of the bundle's step that opens each session period. */
  static String openSessionPeriodStep() {
    return bundled(PAIR_JOURNEY_FILE).getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> OPEN_SESSION_PERIOD.equals(task.getCamundaDelegateExpression())).findFirst().orElseThrow()
        .getId();
  }

  /** Removes a flow node with the flows in and out of it, from its lanes and from the drawing. */
  private static void remove(BpmnModelInstance model, FlowNode node) {
    List<SequenceFlow> flows = new ArrayList<>(node.getIncoming());
    flows.addAll(node.getOutgoing());
    for (SequenceFlow flow : flows) {
      flow.getSource().getOutgoing().remove(flow);
      flow.getTarget().getIncoming().remove(flow);
      undraw(flow.getDiagramElement());
      flow.getParentElement().removeChildElement(flow);
    }
    model.getModelElementsByType(Lane.class).forEach(lane -> lane.getFlowNodeRefs().remove(node));
    undraw(node.getDiagramElement());
    node.getParentElement().removeChildElement(node);
  }

  private static void undraw(DiagramElement drawing) {
    if (drawing != null) {
      drawing.getParentElement().removeChildElement(drawing);
    }
  }

  /**
   * A new service task on the flow out of {@code before}, drawn just above it in the same lane (below it the pair
   * journey draws its pulse survey), its flows drawn as right angles.
   */
  private static ServiceTask insertAfter(BpmnModelInstance model, String before, String id, String name) {
    return insertAfter(model, before, ServiceTask.class, id, name);
  }

  private static <T extends FlowNode> T insertAfter(
      BpmnModelInstance model, String before, Class<T> type, String id, String name) {
    FlowNode previous = model.getModelElementById(before);
    SequenceFlow out = previous.getOutgoing().iterator().next();
    FlowNode next = out.getTarget();
    T task = model.newInstance(type);
    task.setId(id);
    task.setName(name);
    previous.getParentElement().addChildElement(task);
    SequenceFlow onward = model.newInstance(SequenceFlow.class);
    onward.setId("Flow_" + id + "_" + next.getId());
    previous.getParentElement().addChildElement(onward);
    out.setTarget(task);
    task.getIncoming().add(out);
    next.getIncoming().remove(out);
    onward.setSource(task);
    onward.setTarget(next);
    task.getOutgoing().add(onward);
    next.getIncoming().add(onward);
    model.getModelElementsByType(Lane.class).stream().filter(lane -> lane.getFlowNodeRefs().contains(previous))
        .forEach(lane -> lane.getFlowNodeRefs().add(task));

    BpmnShape drawn = shapeOf(model, previous);
    Bounds at = drawn.getBounds();
    BpmnShape shape = model.newInstance(BpmnShape.class);
    shape.setId(id + "_di");
    shape.setBpmnElement(task);
    Bounds bounds = model.newInstance(Bounds.class);
    bounds.setX(at.getX());
    bounds.setY(at.getY() - at.getHeight() - ABOVE);
    bounds.setWidth(at.getWidth());
    bounds.setHeight(at.getHeight());
    shape.setBounds(bounds);
    drawn.getParentElement().addChildElement(shape);

    BpmnEdge edge = model.getModelElementById(out.getId() + "_di");
    double middle = at.getX() + at.getWidth() / 2;
    edge.getWaypoints().clear();
    edge.getWaypoints().add(waypoint(model, middle, at.getY()));
    edge.getWaypoints().add(waypoint(model, middle, bounds.getY() + bounds.getHeight()));
    Bounds then = shapeOf(model, next).getBounds();
    BpmnEdge onwardEdge = model.newInstance(BpmnEdge.class);
    onwardEdge.setId(onward.getId() + "_di");
    onwardEdge.setBpmnElement(onward);
    double taskMiddle = bounds.getY() + bounds.getHeight() / 2;
    double nextMiddle = then.getX() + then.getWidth() / 2;
    onwardEdge.getWaypoints().add(waypoint(model, bounds.getX() + bounds.getWidth(), taskMiddle));
    onwardEdge.getWaypoints().add(waypoint(model, nextMiddle, taskMiddle));
    onwardEdge.getWaypoints().add(waypoint(model, nextMiddle, then.getY()));
    edge.getParentElement().addChildElement(onwardEdge);
    return task;
  }

  /** The node's shape; a collapsed sub-process's own diagram element is the plane it opens to, not its shape. */
  private static BpmnShape shapeOf(BpmnModelInstance model, FlowNode node) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() == node).findFirst().orElseThrow();
  }

  private static Waypoint waypoint(BpmnModelInstance model, double x, double y) {
    Waypoint point = model.newInstance(Waypoint.class);
    point.setX(x);
    point.setY(y);
    return point;
  }
}
