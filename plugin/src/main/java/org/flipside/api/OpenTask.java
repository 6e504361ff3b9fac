package org.flipside.api;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A step an employee has to take, with everything the host needs to show it.
 *
 * @param id the task's id, to pass back to {@link TaskInbox#complete}
 * @param name what to do, such as "Log this month's session"
 * @param programmeId the programme the task belongs to
 * @param formId the id of the form, such as {@code flipside-log-session}
 * @param formJson the form's schema as Camunda Forms (form-js) JSON, which the host renders
 * @param data the values the form starts with, keyed as in the form, including the option lists
 *     the form's dynamic fields read
 * @param createdAt when the task was opened
 * @param dueAt when it is due, or {@code null}
 * @since 1.0
 */
public record OpenTask(
    String id,
    String name,
    String programmeId,
    String formId,
    String formJson,
    Map<String, Object> data,
    Instant createdAt,
    @Nullable Instant dueAt) {

  /**
   * The task as a line of a listing, without its form and data.
   *
   * @since 1.0
   */
  public TaskSummary summary() {
    return new TaskSummary(id, name, programmeId, formId, createdAt, dueAt);
  }
}
