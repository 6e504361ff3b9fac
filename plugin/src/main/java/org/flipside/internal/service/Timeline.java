package org.flipside.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.internal.delegate.scoping.StageListener;
import org.flipside.model.Programme;

/**
 * A programme's timeline, read from the engine's history of its lifecycle and its invitations: each stage's start
 * and end, and each step taken in it. A step that ran for many people at once (invitations, surveys)
 * is one entry with a count.
 *
 * <p>A step outside the stage sub-processes (the baseline survey, the ambassadors) belongs to the
 * stage the programme was in when it ran, and never to one before the stage its branch was forked
 * beside in the diagram (the baseline survey opens beside the kick-off); only the steps after a
 * closed or cancelled programme's last stage are its ending.
 *
 * <p>Many steps share a timestamp (they run in one transaction), so entries are ordered by time
 * and then by the order in which the engine started the activities.
 */
final class Timeline {

  private static final Set<String> STEPS = Set.of(
      "userTask", "serviceTask", "callActivity", "intermediateTimer", "boundaryTimer", "boundaryError",
      "noneEndEvent", "errorEndEvent");

  private final HistoryService history;
  private final RepositoryService repository;
  private final ManagementService management;

  Timeline(HistoryService history, RepositoryService repository, ManagementService management) {
    this.history = history;
    this.repository = repository;
    this.management = management;
  }

  /**
   * The timeline of one programme.
   *
   * @param programme the programme, whose lifecycle instance and invitations the timeline reads
   * @param stageNow the stage the programme is in now, which names its ending once it is closed or cancelled
   */
  List<TimelineEntry> of(Programme programme, Stage stageNow) {
    List<HistoricActivityInstance> activities = new ArrayList<>(history.createHistoricActivityInstanceQuery()
        .processInstanceId(programme.getLifecycleInstanceId())
        .orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc()
        .list());
    // each invitation and each respondent's survey is its own process instance: its steps count under the stage
    // running when they were given
    activities.addAll(ownInstanceSteps(programme.getId()));
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
    Map<String, HistoricActivityInstance> byId = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (HistoricActivityInstance activity : activities) {
      byId.put(activity.getId(), activity);
      order.put(activity.getId(), order.size());
    }

    List<Ordered> entries = new ArrayList<>();
    Map<String, Integer> lastInStage = new HashMap<>();
    Map<String, List<HistoricActivityInstance>> steps = new LinkedHashMap<>();
    Map<String, HistoricActivityInstance> stageOfStep = new HashMap<>();
    Map<String, String> forkedBeside = new HashMap<>();
    activities.stream().map(HistoricActivityInstance::getProcessDefinitionId).distinct()
        .forEach(definition -> forkedBeside.putAll(forkedBeside(definition)));
    List<HistoricActivityInstance> stages = activities.stream()
        .filter(activity -> toStage(activity.getActivityId()) != null).toList();
    for (HistoricActivityInstance activity : activities) {
      Stage stage = toStage(activity.getActivityId());
      if (stage != null) {
        entries.add(new Ordered(activity.getStartTime().toInstant(), order.get(activity.getId()),
            new TimelineEntry(activity.getStartTime().toInstant(), stage, activity.getActivityName() + " started")));
        continue;
      }
      HistoricActivityInstance stageInstance = enclosingStage(activity, byId);
      if (stageInstance != null) {
        lastInStage.merge(stageInstance.getId(), order.get(activity.getId()), Math::max);
      }
      if (shown(activity, byId)) {
        HistoricActivityInstance during = stageInstance != null ? stageInstance
            : stageBeside(activity, branchOf(activity, byId), stages, forkedBeside, order);
        String occurrence = (during == null ? "" : during.getId()) + "/" + activity.getActivityId();
        steps.computeIfAbsent(occurrence, key -> new ArrayList<>()).add(activity);
        if (during != null) {
          stageOfStep.put(occurrence, during);
        }
      }
    }
    // a closed or cancelled programme's ending: what ran after its last stage, and outside every stage
    double lastStageStep = activities.stream().filter(activity -> toStage(activity.getActivityId()) != null)
        .mapToDouble(activity -> lastInStage.getOrDefault(activity.getId(), order.get(activity.getId())))
        .max().orElse(-1);
    boolean ended = stageNow == Stage.CLOSED || stageNow == Stage.CANCELLED;
    for (HistoricActivityInstance activity : activities) {
      Stage stage = toStage(activity.getActivityId());
      if (stage != null && activity.getEndTime() != null) {
        Instant end = activity.getEndTime().toInstant();
        // a stage finishes after the last step inside it
        int position = lastInStage.getOrDefault(activity.getId(), order.get(activity.getId()));
        entries.add(new Ordered(end, position + 0.5,
            new TimelineEntry(end, stage, activity.getActivityName() + " finished")));
      }
    }
    steps.forEach((occurrence, runs) -> {
      HistoricActivityInstance during = stageOfStep.get(occurrence);
      HistoricActivityInstance last = lastOf(runs, order);
      boolean ending = ended && enclosingStage(last, byId) == null && order.get(last.getId()) > lastStageStep;
      entries.add(step(runs, last, ending || during == null ? stageNow : toStage(during.getActivityId()), order));
    });
    return entries.stream()
        .sorted(Comparator.comparing(Ordered::at).thenComparingDouble(Ordered::position))
        .map(Ordered::entry)
        .toList();
  }

  /**
   * The user tasks of the programme's invitations and respondents' surveys, each its own process instance under the
   * programme's id.
   */
  private List<HistoricActivityInstance> ownInstanceSteps(String programmeId) {
    return history.createNativeHistoricActivityInstanceQuery()
        .sql("SELECT A.* FROM " + management.getTableName(HistoricActivityInstance.class) + " A JOIN "
            + management.getTableName(HistoricProcessInstance.class) + " P ON A.PROC_INST_ID_ = P.PROC_INST_ID_"
            + " WHERE P.BUSINESS_KEY_ = #{programmeId}"
            + " AND P.PROC_DEF_KEY_ IN (#{invitation}, #{baseline}, #{finalSurvey}) AND A.ACT_TYPE_ = 'userTask'")
        .parameter("programmeId", programmeId)
        .parameter("invitation", Processes.INVITATION)
        .parameter("baseline", Processes.BASELINE_RESPONDENT)
        .parameter("finalSurvey", Processes.FINAL_RESPONDENT)
        .list();
  }

  /**
   * The stage each branch beside a stage runs beside: every target of a parallel fork that is not a
   * stage, by the stage the same fork starts.
   */
  private Map<String, String> forkedBeside(String processDefinitionId) {
    Map<String, String> beside = new HashMap<>();
    for (ParallelGateway fork : repository.getBpmnModelInstance(processDefinitionId)
        .getModelElementsByType(ParallelGateway.class)) {
      List<String> targets = fork.getOutgoing().stream().map(flow -> flow.getTarget().getId()).toList();
      targets.stream().filter(target -> toStage(target) != null).findFirst().ifPresent(stage -> targets.stream()
          .filter(target -> toStage(target) == null).forEach(target -> beside.put(target, stage)));
    }
    return beside;
  }

  /** The activity at the top of the lifecycle that the activity runs inside, or the activity itself. */
  private static HistoricActivityInstance branchOf(
      HistoricActivityInstance activity, Map<String, HistoricActivityInstance> byId) {
    HistoricActivityInstance branch = activity;
    while (byId.containsKey(branch.getParentActivityInstanceId())) {
      branch = byId.get(branch.getParentActivityInstanceId());
    }
    return branch;
  }

  /**
   * The stage a step outside the stages ran in: the stage running when it ran, but never one before
   * the stage its branch was forked beside (that stage's instance nearest the branch's start), which
   * a step right at the fork may precede; {@code null} before the first stage.
   */
  private static HistoricActivityInstance stageBeside(HistoricActivityInstance step, HistoricActivityInstance branch,
      List<HistoricActivityInstance> stages, Map<String, String> forkedBeside, Map<String, Integer> order) {
    int at = order.get(step.getId());
    HistoricActivityInstance running = stages.stream().filter(stage -> order.get(stage.getId()) < at)
        .reduce((first, second) -> second).orElse(null);
    String sibling = forkedBeside.get(branch.getActivityId());
    if (sibling == null) {
      return running;
    }
    int forked = order.get(branch.getId());
    HistoricActivityInstance beside = stages.stream().filter(stage -> stage.getActivityId().equals(sibling))
        .min(Comparator.comparingInt(stage -> Math.abs(order.get(stage.getId()) - forked))).orElse(running);
    return running == null || order.get(beside.getId()) > order.get(running.getId()) ? beside : running;
  }

  private static HistoricActivityInstance lastOf(List<HistoricActivityInstance> runs, Map<String, Integer> order) {
    return runs.stream()
        .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
            .thenComparing(run -> order.get(run.getId())))
        .orElseThrow();
  }

  private static Ordered step(List<HistoricActivityInstance> runs, HistoricActivityInstance last, Stage stage,
      Map<String, Integer> order) {
    String name = last.getActivityName() == null ? last.getActivityId() : last.getActivityName();
    Instant at = last.getEndTime().toInstant();
    return new Ordered(at, order.get(last.getId()),
        new TimelineEntry(at, stage, runs.size() == 1 ? name : name + " (" + count(last, runs.size()) + ")"));
  }

  /**
   * A step taken, not cancelled. A plain end event inside a sub-process repeats what its steps said
   * ("Answered" after each answer), so only the lifecycle's own ends are shown.
   */
  private static boolean shown(HistoricActivityInstance activity, Map<String, HistoricActivityInstance> byId) {
    return STEPS.contains(activity.getActivityType()) && activity.getEndTime() != null && !activity.isCanceled()
        && !("noneEndEvent".equals(activity.getActivityType())
            && byId.containsKey(activity.getParentActivityInstanceId()));
  }

  /** A task many people answered says so: "(answered 168 times)" is not 168 of what the task asks for. */
  private static String count(HistoricActivityInstance step, int runs) {
    return ("userTask".equals(step.getActivityType()) ? "answered " : "") + runs + " times";
  }

  private static HistoricActivityInstance enclosingStage(
      HistoricActivityInstance activity, Map<String, HistoricActivityInstance> byId) {
    HistoricActivityInstance parent = byId.get(activity.getParentActivityInstanceId());
    while (parent != null && toStage(parent.getActivityId()) == null) {
      parent = byId.get(parent.getParentActivityInstanceId());
    }
    return parent;
  }

  private static Stage toStage(String activityId) {
    return StageListener.stageOf(activityId).map(stage -> Stage.valueOf(stage.name())).orElse(null);
  }

  /** An entry with where it falls among entries of the same instant. */
  private record Ordered(Instant at, double position, TimelineEntry entry) {}
}
