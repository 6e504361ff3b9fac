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
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.junit.jupiter.api.Test;

/**
 * The BPMN files as the process owner sees them in Camunda Modeler: every element drawn, laid out
 * left to right without overlaps, and wired to the plugin's beans by name.
 */
class ProcessModelTest {

  /** The host role the plugin's FlipsideRoles.HR_ADMIN names; this module does not see the plugin. */
  private static final String HR_ADMIN_ROLE = "flipside-hr-admin";
  /** The host role the plugin's FlipsideRoles.EDI_LEAD names. */
  private static final String EDI_LEAD_ROLE = "flipside-edi-lead";

  private final List<ProcessModels.Model> models = ProcessModels.all();

  @Test
  void bothProcessesAreExecutableAndKeepTheirHistoryForHalfAYear() {
    Map<String, Process> processes = new HashMap<>();
    models.forEach(model -> model.instance().getModelElementsByType(Process.class)
        .forEach(process -> processes.put(process.getId(), process)));

    assertThat(processes).containsOnlyKeys(
        Processes.LIFECYCLE, Processes.PAIR_JOURNEY, Processes.CONCERN, Processes.GROUP_LEARNING);
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
  void expandedSubProcessesContainTheirChildrenAndNoShapesOverlap() {
    for (ProcessModels.Model model : models) {
      Map<String, Bounds> bounds = shapeBounds(model.instance());
      for (FlowNode node : model.instance().getModelElementsByType(FlowNode.class)) {
        if (node instanceof SubProcess subProcess) {
          BpmnShape shape = shapeOf(model.instance(), subProcess.getId());
          assertThat(shape.isExpanded()).as(subProcess.getId() + " is expanded").isTrue();
          for (FlowNode child : subProcess.getChildElementsByType(FlowNode.class)) {
            assertThat(contains(bounds.get(subProcess.getId()), bounds.get(child.getId())))
                .as("%s lies inside %s", child.getId(), subProcess.getId()).isTrue();
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
    BpmnModelInstance programme = models.stream()
        .filter(model -> model.instance().getModelElementById(Processes.LIFECYCLE) != null)
        .findFirst().orElseThrow().instance();
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
    BpmnModelInstance programme = models.stream()
        .filter(model -> model.instance().getModelElementById(Processes.LIFECYCLE) != null)
        .findFirst().orElseThrow().instance();
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
    assertThat(beans).containsExactlyInAnyOrderElementsOf(Delegates.BEANS);
  }

  @Test
  void theProgrammeManagersStepsAreAlsoOfferedToTheHrAdminRoleConcernsGoToTheEdiLeadAndNoOtherStepToARole() {
    List<String> managersSteps = new ArrayList<>();
    List<String> ediLeadsSteps = new ArrayList<>();
    for (ProcessModels.Model model : models) {
      for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
        boolean managers = "${programmeManager}".equals(task.getCamundaAssignee());
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
