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
import org.flipside.api.TaskSummary;
import org.flipside.api.TaskInbox;

/**
 * Looks into simulated employees' Flipside inboxes, as the host's own inbox page would, and reports
 * each task once: when it first appears, with everyone who sees it. The inboxes are listed a page at a time, and
 * only a task not reported before is opened for its form and data.
 */
final class Inboxes {

  private static final int PAGE = 200;

  private final TaskInbox inbox;
  private final RunWatch watch;
  private final Set<String> reported = new HashSet<>();

  Inboxes(TaskInbox inbox, RunWatch watch) {
    this.inbox = inbox;
    this.watch = watch;
  }

  /**
   * The tasks not reported before in the given employees' inboxes, in an order that does not
   * depend on Flipside's random task ids.
   */
  List<FoundTask> newTasks(Collection<String> employeeIds) {
    Map<String, TreeSet<String>> viewers = new LinkedHashMap<>();
    for (String employeeId : new TreeSet<>(employeeIds)) {
      for (TaskSummary task : listed(Actor.of(employeeId))) {
        if (!reported.contains(task.id())) {
          viewers.computeIfAbsent(task.id(), id -> new TreeSet<>()).add(employeeId);
        }
      }
    }
    reported.addAll(viewers.keySet());
    List<FoundTask> found = new ArrayList<>();
    viewers.forEach((id, seenBy) -> {
      found.add(new FoundTask(inbox.task(Actor.of(seenBy.first()), id), seenBy));
      watch.taskOpened();
    });
    found.sort(FoundTask.STABLE_ORDER);
    return found;
  }

  private List<TaskSummary> listed(Actor actor) {
    List<TaskSummary> all = new ArrayList<>();
    List<TaskSummary> page;
    do {
      page = inbox.listTasks(actor, all.size(), PAGE);
      watch.inboxListed();
      all.addAll(page);
    } while (page.size() == PAGE);
    return all;
  }
}
