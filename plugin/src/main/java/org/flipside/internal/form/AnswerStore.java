package org.flipside.internal.form;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The one handler of a form, owned by the stage the form belongs to. It shows what the form shows from Flipside's
 * own tables, and keeps what the form submits there, in the host's transaction, as the task completes: as engine
 * variables answers and names would sit in the engine's history next to the task's assignee. The engine receives
 * only the ids and values that steer the process.
 */
public interface AnswerStore {

  /** Whether this store keeps the form's answers. */
  boolean stores(FormDefinition form);

  /** What the form shows that the engine does not hold. */
  Map<String, Object> dataOf(FormDefinition form, Task task);

  /**
   * What checking a submission needs of {@link #dataOf}: the option lists its fields choose from and what its
   * conditions read. All of it, unless the store can say what less will do.
   */
  default Map<String, Object> dataToValidate(FormDefinition form, Task task) {
    return dataOf(form, task);
  }

  /**
   * Stores a validated submission.
   *
   * @return the variables the engine receives when the task completes, a mutable map
   * @throws org.flipside.api.ValidationException naming each field the store refused; nothing is stored then
   */
  Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values);
}
