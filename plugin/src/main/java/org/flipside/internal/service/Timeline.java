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
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.internal.delegate.scoping.StageListener;

/**
 * A programme's timeline, read from the engine's history of its lifecycle: each stage's start and
 * end, and each step taken in it. A step that ran for many people at once (invitations, surveys)
 * is one entry with a count.
 *
 * <p>Many steps share a timestamp (they run in one transaction), so entries are ordered by time
 * and then by the order in which the engine started the activities.
 */
final class Timeline {

  private static final Set<String> STEPS = Set.of(
      "userTask", "serviceTask", "callActivity", "intermediateTimer", "boundaryTimer", "boundaryError",
      "noneEndEvent", "errorEndEvent");

  private final HistoryService history;

  Timeline(HistoryService history) {
    this.history = history;
  }

  List<TimelineEntry> of(String lifecycleInstanceId) {
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(lifecycleInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc()
        .list();
    Map<String, HistoricActivityInstance> byId = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (HistoricActivityInstance activity : activities) {
      byId.put(activity.getId(), activity);
      order.put(activity.getId(), order.size());
    }

    List<Ordered> entries = new ArrayList<>();
    Map<String, Integer> lastInStage = new HashMap<>();
    Map<String, List<HistoricActivityInstance>> steps = new LinkedHashMap<>();
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
      if (STEPS.contains(activity.getActivityType()) && activity.getEndTime() != null && !activity.isCanceled()) {
        String occurrence = (stageInstance == null ? "" : stageInstance.getId()) + "/" + activity.getActivityId();
        steps.computeIfAbsent(occurrence, key -> new ArrayList<>()).add(activity);
      }
    }
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
    for (List<HistoricActivityInstance> runs : steps.values()) {
      entries.add(step(runs, byId, order));
    }
    return entries.stream()
        .sorted(Comparator.comparing(Ordered::at).thenComparingDouble(Ordered::position))
        .map(Ordered::entry)
        .toList();
  }

  private static Ordered step(List<HistoricActivityInstance> runs, Map<String, HistoricActivityInstance> byId,
      Map<String, Integer> order) {
    HistoricActivityInstance last = runs.stream()
        .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
            .thenComparing(run -> order.get(run.getId())))
        .orElseThrow();
    HistoricActivityInstance stageInstance = enclosingStage(last, byId);
    Stage stage = stageInstance == null ? endStage(last) : toStage(stageInstance.getActivityId());
    String name = last.getActivityName() == null ? last.getActivityId() : last.getActivityName();
    Instant at = last.getEndTime().toInstant();
    return new Ordered(at, order.get(last.getId()),
        new TimelineEntry(at, stage, runs.size() == 1 ? name : name + " (" + runs.size() + " times)"));
  }

  private static HistoricActivityInstance enclosingStage(
      HistoricActivityInstance activity, Map<String, HistoricActivityInstance> byId) {
    HistoricActivityInstance parent = byId.get(activity.getParentActivityInstanceId());
    while (parent != null && toStage(parent.getActivityId()) == null) {
      parent = byId.get(parent.getParentActivityInstanceId());
    }
    return parent;
  }

  /** Steps outside every stage are the programme's ending. */
  private static Stage endStage(HistoricActivityInstance activity) {
    return activity.getActivityId().contains("Cancel") ? Stage.CANCELLED : Stage.CLOSED;
  }

  private static Stage toStage(String activityId) {
    return StageListener.stageOf(activityId).map(stage -> Stage.valueOf(stage.name())).orElse(null);
  }

  /** An entry with where it falls among entries of the same instant. */
  private record Ordered(Instant at, double position, TimelineEntry entry) {}
}
