package org.flipside.sandbox.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskInbox;

/**
 * Looks into simulated employees' Flipside inboxes, as the host's own inbox page would, and reports
 * each task once: when it first appears, with everyone who sees it.
 */
final class Inboxes {

  private final TaskInbox inbox;
  private final Set<String> reported = new HashSet<>();

  Inboxes(TaskInbox inbox) {
    this.inbox = inbox;
  }

  /**
   * The tasks not reported before in the given employees' inboxes, in an order that does not
   * depend on Flipside's random task ids.
   */
  List<FoundTask> newTasks(Collection<String> employeeIds) {
    Map<String, OpenTask> tasks = new LinkedHashMap<>();
    Map<String, TreeSet<String>> viewers = new LinkedHashMap<>();
    for (String employeeId : new TreeSet<>(employeeIds)) {
      for (OpenTask task : inbox.openTasks(Actor.of(employeeId))) {
        if (!reported.contains(task.id())) {
          tasks.putIfAbsent(task.id(), task);
          viewers.computeIfAbsent(task.id(), id -> new TreeSet<>()).add(employeeId);
        }
      }
    }
    reported.addAll(tasks.keySet());
    List<FoundTask> found = new ArrayList<>();
    tasks.forEach((id, task) -> found.add(new FoundTask(task, viewers.get(id))));
    found.sort(FoundTask.STABLE_ORDER);
    return found;
  }
}
