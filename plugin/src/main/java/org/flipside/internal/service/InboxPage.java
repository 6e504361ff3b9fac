package org.flipside.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One page of an employee's open tasks, oldest first: those assigned to them and those offered to them or to a role
 * they hold (assigned or not, so an HR admin can stand in for a programme's manager).
 *
 * <p>The engine's own query for both at once ({@code or().taskAssignee(..).taskCandidateUser(..)}) joins every task
 * to its identity links and filters on an {@code OR} across the two tables, which no index serves: on PostgreSQL
 * with 100,000 open tasks it scanned them all for every inbox, even an empty one (about 150 ms). Asked apart, each
 * half uses its index (the assignee's, the identity links' user and group), and the two lists, each in the engine's
 * order, are merged here: a page needs at most {@code first + max} tasks of each.
 */
final class InboxPage {

  /** The engine's order: by creation, then by id. */
  private static final Comparator<Task> OLDEST_FIRST =
      Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId);

  private InboxPage() {}

  /** The tasks from {@code first} on, at most {@code max} of them. */
  static List<Task> read(TaskService tasks, String employeeId, int first, int max) {
    int upTo = (int) Math.min(Integer.MAX_VALUE, (long) first + max);
    List<Task> assigned = ordered(tasks.createTaskQuery().taskAssignee(employeeId)).listPage(0, upTo);
    List<Task> offered = ordered(tasks.createTaskQuery().taskCandidateUser(employeeId).includeAssignedTasks())
        .listPage(0, upTo);
    List<Task> merged = new ArrayList<>(Math.min(upTo, assigned.size() + offered.size()));
    Set<String> seen = new HashSet<>();
    int a = 0;
    int o = 0;
    while (merged.size() < upTo && (a < assigned.size() || o < offered.size())) {
      // each list is in the engine's order, which the merge keeps
      boolean takeAssigned = o == offered.size()
          || a < assigned.size() && OLDEST_FIRST.compare(assigned.get(a), offered.get(o)) <= 0;
      Task next = takeAssigned ? assigned.get(a++) : offered.get(o++);
      if (seen.add(next.getId())) {
        merged.add(next);
      }
    }
    return merged.subList(Math.min(first, merged.size()), merged.size());
  }

  private static TaskQuery ordered(TaskQuery query) {
    return query.initializeFormKeys().active().orderByTaskCreateTime().asc().orderByTaskId().asc();
  }
}
