package org.flipside.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.flipside.bpmn.vocabulary.Var;

/**
 * Reads an open task's variables, as the task sees them through its scopes. A task completed or ended elsewhere
 * since it was listed has none: the engine's own reads would throw then, and a failed engine command would doom the
 * caller's whole transaction.
 *
 * <p>Each scope's variables are loaded whole, once per engine command and all scopes' in one statement: a read by name
 * would go to the database on every call, where the loaded ones serve every later read in the command, the engine's
 * own when it completes the task included.
 */
public final class TaskVariables {

  private final EngineCommands commands;

  public TaskVariables(ProcessEngine engine) {
    this.commands = new EngineCommands(engine);
  }

  /** The named variables the task sees, or none when the task no longer exists. */
  public Optional<Map<String, Object>> of(String taskId, Collection<String> names) {
    return commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return Optional.<Map<String, Object>>empty();
      }
      // every scope loaded before any asks for its variables: the first to ask reads them all (ScopeVariables)
      List<AbstractVariableScope> scopes = new ArrayList<>();
      for (AbstractVariableScope scope = task; scope != null; scope = scope.getParentVariableScope()) {
        scopes.add(scope);
      }
      scopes.forEach(AbstractVariableScope::getVariableInstancesLocal);
      VariableMapImpl variables = new VariableMapImpl();
      task.collectVariables(variables, names, false, true);
      return Optional.<Map<String, Object>>of(new HashMap<>(variables));
    });
  }

  /** One variable the task sees; {@code null} when it is not set or the task no longer exists. */
  @SuppressWarnings("unchecked")
  public <T> T get(String taskId, Var<T> var) {
    return (T) of(taskId, List.of(var.name())).map(variables -> variables.get(var.name())).orElse(null);
  }
}
