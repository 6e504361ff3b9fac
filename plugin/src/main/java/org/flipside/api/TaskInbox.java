package org.flipside.api;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The tasks Flipside gives employees, for the host to show in its own inbox.
 *
 * <p>An employee sees and completes only the tasks assigned to them and the tasks of a Flipside
 * role they hold; anything else is refused with {@link AccessDeniedException}.
 *
 * @since 1.0
 */
@ProviderType
public interface TaskInbox {

  /**
   * Lists the employee's open tasks, oldest first, each with its form and data. A task completed or ended elsewhere
   * while the list is read is left out. For a long inbox, {@link #listTasks} lists a page of tasks at a fraction of
   * the cost, and {@link #task} reads the one the employee opens.
   *
   * @param actor the employee
   * @return the tasks, each with its form and data
   */
  List<OpenTask> openTasks(Actor actor);

  /**
   * Lists one page of the employee's open tasks, oldest first, without their forms and data: one read of the engine
   * for the whole page, however many tasks it holds.
   *
   * @param actor the employee
   * @param first how many tasks to skip, from 0
   * @param max the most tasks to list, from 1
   * @return the page's tasks, empty past the last
   * @throws ValidationException when {@code first} is negative or {@code max} is less than 1
   * @since 1.0
   */
  List<TaskSummary> listTasks(Actor actor, int first, int max);

  /**
   * Reads one open task.
   *
   * @param actor the employee
   * @param taskId the task's id
   * @return the task with its form and data
   * @throws NotFoundException when there is no such open task
   * @throws AccessDeniedException when it is not the employee's task
   */
  OpenTask task(Actor actor, String taskId);

  /**
   * Completes a task with the submitted form data. The data is validated against the task's form
   * first: a rejected submission changes nothing. Reading, validating and completing are one engine command.
   *
   * @param actor the employee
   * @param taskId the task's id
   * @param formData the submitted values, keyed as in the form
   * @throws ValidationException naming each bad field
   * @throws NotFoundException when there is no such open task
   * @throws AccessDeniedException when it is not the employee's task
   */
  void complete(Actor actor, String taskId, Map<String, Object> formData);
}
