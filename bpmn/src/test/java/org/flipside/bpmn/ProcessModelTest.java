package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.junit.jupiter.api.Test;

/**
 * The BPMN files as the process owner sees them in Camunda Modeler: every element drawn, laid out
 * left to right without overlaps (the lifecycle's stages collapsed, each opened by drill-down into its own plane),
 * every user task in the lane or group of its role, and wired to the plugin's beans by name.
 */
class ProcessModelTest {

  /** The host role the plugin's FlipsideRoles.HR_ADMIN names; this module does not see the plugin. */
  private static final String HR_ADMIN_ROLE = "flipside-hr-admin";
  /** The host role the plugin's FlipsideRoles.EDI_LEAD names. */
  private static final String EDI_LEAD_ROLE = "flipside-edi-lead";

  /** What a 1920 x 1080 screen shows of a diagram at 100 % beside Modeler's palette and panels. */
  private static final double ONE_SCREEN_WIDTH = 1900;
  private static final double ONE_SCREEN_HEIGHT = 900;
  /** The pair journey's lane for steps either partner, or each of them, takes. */
  private static final String PAIR = "Mentor and mentee";
  /** The liaisons' steps that the manager holds while the programme has no liaison. */
  private static final String LIAISONS_ELSE_MANAGER = "${empty liaisonIds ? programmeManager : null}";
  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("${programmeManager}", "Programme manager"),
      Map.entry("${sponsorId}", "Sponsor"),
      Map.entry("${invitee}", "Invitee"),
      Map.entry("${ambassadorId}", "Past participant"),
      Map.entry("${waitlistedId}", "Waitlisted applicant"),
      Map.entry("${menteeId}", "Mentee"),
      Map.entry("${mentorId}", "Mentor"),
      Map.entry("${changeConfirmerId}", PAIR),
      Map.entry("${reviewerId}", "Staff-network representatives"),
      Map.entry("${contactId}", "Communications contact"),
      Map.entry(LIAISONS_ELSE_MANAGER, "Liaisons, else the programme manager"));

  private final List<ProcessModels.Model> models = ProcessModels.all();

  @Test
  void bothProcessesAreExecutableAndKeepTheirHistoryForHalfAYear() {
    Map<String, Process> processes = new HashMap<>();
    models.forEach(model -> model.instance().getModelElementsByType(Process.class)
        .forEach(process -> processes.put(process.getId(), process)));

    assertThat(processes).containsOnlyKeys(
        Processes.LIFECYCLE, Processes.INVITATION, Processes.BASELINE_RESPONDENT, Processes.FINAL_RESPONDENT,
        Processes.PAIR_JOURNEY, Processes.CONCERN, Processes.GROUP_LEARNING);
    processes.values().forEach(process -> {
      assertThat(process.isExecutable()).as(process.getId()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isEqualTo("P180D");
    });
  }

  @Test
  void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdge() {
    for (ProcessModels.Model model : models) {
      Set<String> drawn = new TreeSet<>();
      model.instance().getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
      model.instance().getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));

      assertThat(drawn).as(model.toString()).containsAll(ids(model.instance().getModelElementsByType(FlowNode.class)));
      assertThat(drawn).as(model.toString())
          .containsAll(ids(model.instance().getModelElementsByType(SequenceFlow.class)));
    }
  }

  @Test
  void subProcessesContainTheirChildrenOrOpenByDrillDownAndNoShapesOverlap() {
    for (ProcessModels.Model model : models) {
      Map<String, Bounds> bounds = shapeBounds(model.instance());
      Map<String, BpmnPlane> planes = planes(model.instance());
      for (SubProcess subProcess : model.instance().getModelElementsByType(SubProcess.class)) {
        BpmnShape shape = shapeOf(model.instance(), subProcess.getId());
        for (FlowNode child : subProcess.getChildElementsByType(FlowNode.class)) {
          if (shape.isExpanded()) {
            assertThat(contains(bounds.get(subProcess.getId()), bounds.get(child.getId())))
                .as("%s lies inside %s", child.getId(), subProcess.getId()).isTrue();
            assertThat(planeOf(planes, child.getId())).as(child.getId()).isSameAs(planeOf(planes, subProcess.getId()));
          } else {
            assertThat(planeOf(planes, child.getId())).as("%s is drawn in the drill-down plane of %s", child.getId(),
                subProcess.getId()).isSameAs(planes.get(subProcess.getId()));
          }
        }
      }
      List<FlowNode> nodes = new ArrayList<>(model.instance().getModelElementsByType(FlowNode.class));
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          FlowNode a = nodes.get(i);
          FlowNode b = nodes.get(j);
          if (a.getParentElement() != b.getParentElement() || attachedTo(a, b) || attachedTo(b, a)) {
            continue;
          }
          assertThat(overlap(bounds.get(a.getId()), bounds.get(b.getId())))
              .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
        }
      }
    }
  }

  @Test
  void theLifecycleShowsItsStagesCollapsedOnOneScreenAndEachStageOpensByDrillDown() {
    BpmnModelInstance programme = lifecycle();
    Map<String, BpmnPlane> planes = planes(programme);
    BpmnPlane top = planes.get(Processes.LIFECYCLE);
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double upper = Double.MAX_VALUE;
    double lower = -Double.MAX_VALUE;
    for (BpmnShape shape : top.getChildElementsByType(BpmnShape.class)) {
      Bounds b = shape.getBounds();
      left = Math.min(left, b.getX());
      right = Math.max(right, b.getX() + b.getWidth());
      upper = Math.min(upper, b.getY());
      lower = Math.max(lower, b.getY() + b.getHeight());
    }
    for (BpmnEdge edge : top.getChildElementsByType(BpmnEdge.class)) {
      for (Waypoint point : edge.getWaypoints()) {
        left = Math.min(left, point.getX());
        right = Math.max(right, point.getX());
        upper = Math.min(upper, point.getY());
        lower = Math.max(lower, point.getY());
      }
    }
    assertThat(right - left).as("width of the lifecycle's top plane").isLessThanOrEqualTo(ONE_SCREEN_WIDTH);
    assertThat(lower - upper).as("height of the lifecycle's top plane").isLessThanOrEqualTo(ONE_SCREEN_HEIGHT);
    for (String stage : Stages.IN_ORDER) {
      assertThat(shapeOf(programme, stage).isExpanded()).as(stage + " is drawn collapsed").isFalse();
      assertThat(planes).as(stage + " has its own plane").containsKey(stage);
    }
  }

  @Test
  void everyUserTaskSitsInTheLaneOrGroupOfItsRole() {
    for (ProcessModels.Model model : models) {
      Map<String, Bounds> bounds = shapeBounds(model.instance());
      Map<String, BpmnPlane> planes = planes(model.instance());
      Map<String, String> markers = new HashMap<>();
      model.instance().getModelElementsByType(Lane.class).forEach(lane -> markers.put(lane.getId(), lane.getName()));
      model.instance().getModelElementsByType(Group.class)
          .forEach(group -> markers.put(group.getId(), group.getCategory().getValue()));
      for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
        List<String> roles = markers.entrySet().stream()
            .filter(marker -> planeOf(planes, marker.getKey()) == planeOf(planes, task.getId()))
            .filter(marker -> contains(bounds.get(marker.getKey()), bounds.get(task.getId())))
            .map(Map.Entry::getValue)
            .toList();
        assertThat(roles).as(task.getId()).containsExactly(roleOf(task));
      }
    }
  }

  @Test
  void theProcessesThatStandAloneShowTheirRolesAsLanes() {
    for (ProcessModels.Model model : models) {
      Process process = model.instance().getModelElementsByType(Process.class).iterator().next();
      if (process.getId().equals(Processes.LIFECYCLE)) {
        continue;
      }
      assertThat(model.instance().getModelElementsByType(Lane.class)).as(process.getId()).isNotEmpty();
      assertThat(model.instance().getModelElementsByType(Group.class)).as(process.getId()).isEmpty();
    }
  }

  @Test
  void everyEdgeRunsOrthogonallyFromTheBorderOfItsSourceToTheBorderOfItsTarget() {
    for (ProcessModels.Model model : models) {
      Map<String, Bounds> bounds = shapeBounds(model.instance());
      for (BpmnEdge edge : model.instance().getModelElementsByType(BpmnEdge.class)) {
        SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        assertThat(points).as(flow.getId()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < points.size(); i++) {
          Waypoint from = points.get(i - 1);
          Waypoint to = points.get(i);
          assertThat(from.getX().equals(to.getX()) || from.getY().equals(to.getY()))
              .as("%s segment %d is horizontal or vertical", flow.getId(), i).isTrue();
        }
        assertThat(onBorder(bounds.get(flow.getSource().getId()), points.get(0)))
            .as("%s leaves the border of %s", flow.getId(), flow.getSource().getId()).isTrue();
        assertThat(onBorder(bounds.get(flow.getTarget().getId()), points.get(points.size() - 1)))
            .as("%s reaches the border of %s", flow.getId(), flow.getTarget().getId()).isTrue();
      }
    }
  }

  @Test
  void theSevenStagesRunLeftToRightInOrder() {
    BpmnModelInstance programme = lifecycle();
    Map<String, Bounds> bounds = shapeBounds(programme);

    List<Double> lefts = Stages.IN_ORDER.stream().map(id -> bounds.get(id).getX()).toList();

    assertThat(lefts).isSorted();
    for (int i = 1; i < lefts.size(); i++) {
      Bounds previous = bounds.get(Stages.IN_ORDER.get(i - 1));
      assertThat(previous.getX() + previous.getWidth()).isLessThan(lefts.get(i));
    }
  }

  @Test
  void everyStageReportsItselfToTheStageListener() {
    BpmnModelInstance programme = lifecycle();
    for (String stage : Stages.IN_ORDER) {
      SubProcess subProcess = programme.getModelElementById(stage);
      List<CamundaExecutionListener> listeners = subProcess.getExtensionElements().getElementsQuery()
          .filterByType(CamundaExecutionListener.class).list();
      assertThat(listeners).as(stage).singleElement().satisfies(listener -> {
        assertThat(listener.getCamundaEvent()).isEqualTo("start");
        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${stageListener}");
      });
    }
  }

  @Test
  void everyServiceTaskCallsANamedBeanThatTheTestsMock() {
    Set<String> beans = new TreeSet<>();
    for (ProcessModels.Model model : models) {
      for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]*}");
        beans.add(task.getCamundaDelegateExpression().replaceAll("[${}]", ""));
      }
    }
    assertThat(Delegates.BEANS).containsAll(beans);
  }

  @Test
  void theProgrammeManagersStepsAreAlsoOfferedToTheHrAdminRoleConcernsGoToTheEdiLeadAndNoOtherStepToARole() {
    List<String> managersSteps = new ArrayList<>();
    List<String> ediLeadsSteps = new ArrayList<>();
    for (ProcessModels.Model model : models) {
      for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
        boolean managers = "${programmeManager}".equals(task.getCamundaAssignee())
            || LIAISONS_ELSE_MANAGER.equals(task.getCamundaAssignee());
        boolean concern = task.getParentElement() instanceof Process process && process.getId().equals(Processes.CONCERN);
        assertThat(task.getCamundaCandidateGroups()).as(task.getId())
            .isEqualTo(managers ? HR_ADMIN_ROLE : concern ? EDI_LEAD_ROLE : null);
        if (managers) {
          managersSteps.add(task.getId());
        }
        if (concern) {
          assertThat(task.getCamundaAssignee()).as("a concern is the EDI leads' to pick up: " + task.getId()).isNull();
          ediLeadsSteps.add(task.getId());
        }
      }
    }
    assertThat(managersSteps).contains("ScopePilot", "ReviewMatches", "RecordKnowledgeSessionAttendance");
    assertThat(ediLeadsSteps).containsExactlyInAnyOrder("AcknowledgeConcern", "ResolveConcern");
  }

  /** The role a process owner reads beside a user task, from whom the task is assigned or offered to. */
  private static String roleOf(UserTask task) {
    String assignee = task.getCamundaAssignee();
    if ("${respondentId}".equals(assignee)) {
      return "PulseSurvey".equals(((BaseElement) task.getParentElement()).getId()) ? PAIR : "Each participant";
    }
    if (assignee != null) {
      return ROLES.get(assignee);
    }
    if ("${mentorId},${menteeId}".equals(task.getCamundaCandidateUsers())) {
      return PAIR;
    }
    if ("${coachIds}".equals(task.getCamundaCandidateUsers())) {
      return "Coaches";
    }
    if ("${liaisonIds}".equals(task.getCamundaCandidateUsers())) {
      return "Liaisons";
    }
    return EDI_LEAD_ROLE.equals(task.getCamundaCandidateGroups()) ? "EDI lead" : null;
  }

  private BpmnModelInstance lifecycle() {
    return models.stream()
        .filter(model -> model.instance().getModelElementById(Processes.LIFECYCLE) != null)
        .findFirst().orElseThrow().instance();
  }

  /** Each plane by the id of the process or collapsed sub-process it draws. */
  private static Map<String, BpmnPlane> planes(BpmnModelInstance model) {
    Map<String, BpmnPlane> planes = new HashMap<>();
    model.getModelElementsByType(BpmnPlane.class).forEach(plane -> planes.put(plane.getBpmnElement().getId(), plane));
    return planes;
  }

  private static BpmnPlane planeOf(Map<String, BpmnPlane> planes, String elementId) {
    return planes.values().stream()
        .filter(plane -> plane.getChildElementsByType(BpmnShape.class).stream()
            .anyMatch(shape -> shape.getBpmnElement().getId().equals(elementId)))
        .findFirst().orElseThrow();
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(element -> ids.add(element.getId()));
    return ids;
  }

  private static Map<String, Bounds> shapeBounds(BpmnModelInstance model) {
    Map<String, Bounds> bounds = new HashMap<>();
    model.getModelElementsByType(BpmnShape.class)
        .forEach(shape -> bounds.put(shape.getBpmnElement().getId(), shape.getBounds()));
    return bounds;
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals(elementId))
        .findFirst().orElseThrow();
  }

  private static boolean attachedTo(FlowNode boundary, FlowNode host) {
    return boundary instanceof BoundaryEvent event && event.getAttachedTo() == host;
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  private static boolean onBorder(Bounds bounds, Waypoint point) {
    double left = bounds.getX();
    double top = bounds.getY();
    double right = left + bounds.getWidth();
    double bottom = top + bounds.getHeight();
    boolean withinX = point.getX() >= left - 1 && point.getX() <= right + 1;
    boolean withinY = point.getY() >= top - 1 && point.getY() <= bottom + 1;
    boolean onVerticalSide = withinY && (Math.abs(point.getX() - left) <= 1 || Math.abs(point.getX() - right) <= 1);
    boolean onHorizontalSide = withinX && (Math.abs(point.getY() - top) <= 1 || Math.abs(point.getY() - bottom) <= 1);
    return onVerticalSide || onHorizontalSide;
  }
}
