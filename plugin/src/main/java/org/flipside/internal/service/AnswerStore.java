package org.flipside.internal.service;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.internal.form.FormDefinition;

/**
 * Forms whose answers Flipside keeps in its own tables, in the host's transaction, as the task completes: as engine
 * variables they would sit in the engine's history next to the task's assignee. The engine receives only what
 * steers the process.
 */
interface AnswerStore {

  /** Whether this store keeps the form's answers. */
  boolean stores(FormDefinition form);

  /** What the form shows that the engine does not hold. */
  Map<String, Object> dataOf(FormDefinition form, Task task);

  /**
   * Stores a validated submission.
   *
   * @return the variables the engine receives when the task completes, a mutable map
   * @throws org.flipside.api.ValidationException naming each field the store refused; nothing is stored then
   */
  Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values);
}
