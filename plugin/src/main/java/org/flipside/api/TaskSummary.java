package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an employee's inbox: enough to list a task and open it, without its form or data, which {@link
 * TaskInbox#task} reads.
 *
 * @param id the task's id, to pass to {@link TaskInbox#task} and {@link TaskInbox#complete}
 * @param name what to do, such as "Log this month's session"
 * @param programmeId the programme the task belongs to; {@code null} only for a task whose process ended while the
 *     list was read
 * @param formId the id of the task's form, such as {@code flipside-log-session}
 * @param createdAt when the task was opened
 * @param dueAt when it is due, or {@code null}
 * @since 1.0
 */
public record TaskSummary(
    String id,
    String name,
    @Nullable String programmeId,
    String formId,
    Instant createdAt,
    @Nullable Instant dueAt) {}
