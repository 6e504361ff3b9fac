package org.flipside.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.flipside.bpmn.vocabulary.Var;

/**
 * Reads an open task's variables, as the task sees them through its scopes. A task completed or ended elsewhere
 * since it was listed has none: the engine's own reads would throw then, and a failed engine command would doom the
 * caller's whole transaction.
 *
 * <p>The variables of the task and of its execution chain are read in one statement, once per engine command, and
 * serve every later read in the command, the engine's own when it completes the task included (ScopeVariables). While
 * the engine holds the variables of none of these scopes (loaded, or given to one it created in the command), each
 * name is taken here from the nearest scope that holds it, as the engine would: its own walk up the scopes would load
 * the process instance's whole execution tree (a survey's holds every respondent's execution), where the chain's ids
 * need at most one execution read by key for each level between the task and its process instance.
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
      if (task.getExecutionId() == null
          || !(context.getSession(VariableInstanceManager.class) instanceof ScopeVariables.ChainAtOnce chainAtOnce)) {
        return Optional.of(throughTheEngine(task, names));
      }
      Optional<List<String>> chain = executionChain(context, task);
      if (chain.isEmpty()) {
        // an execution above the task ended meanwhile, and the task with it
        return Optional.<Map<String, Object>>empty();
      }
      return Optional.of(chainAtOnce.heldBy(taskId, chain.get()).map(scopes -> nearest(scopes, names))
          .orElseGet(() -> throughTheEngine(task, names)));
    });
  }

  /**
   * Loads the task's scopes as the engine walks them, which loads its process instance's execution tree when the
   * task's execution has a parent: for a caller about to complete the task, whose completion walks the tree anyway,
   * so that reading the task's variables first reads no execution of its own.
   */
  public void loadScopesToComplete(String taskId) {
    commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? List.of() : scopesOf(task);
    });
  }

  /** One variable the task sees; {@code null} when it is not set or the task no longer exists. */
  @SuppressWarnings("unchecked")
  public <T> T get(String taskId, Var<T> var) {
    return (T) of(taskId, List.of(var.name())).map(variables -> variables.get(var.name())).orElse(null);
  }

  /**
   * The ids of the task's execution and of each execution above it, up to its process instance; none when one of
   * them no longer exists. A process instance has no parent, so it is never read for its parent's id.
   */
  private static Optional<List<String>> executionChain(CommandContext context, TaskEntity task) {
    List<String> chain = new ArrayList<>();
    for (String id = task.getExecutionId(); id != null; ) {
      chain.add(id);
      if (id.equals(task.getProcessInstanceId())) {
        break;
      }
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(id);
      if (execution == null) {
        return Optional.empty();
      }
      id = execution.getParentId();
    }
    return Optional.of(chain);
  }

  /** Each name's value from the nearest scope (listed nearest first) that holds it. */
  private static Map<String, Object> nearest(List<List<VariableInstanceEntity>> scopes, Collection<String> names) {
    Map<String, Object> seen = new HashMap<>();
    for (List<VariableInstanceEntity> scope : scopes) {
      for (VariableInstanceEntity variable : scope) {
        if (names.contains(variable.getName()) && !seen.containsKey(variable.getName())) {
          seen.put(variable.getName(), variable.getTypedValue(true).getValue());
        }
      }
    }
    return seen;
  }

  /** The names as the engine's scopes give them, which read their variables (all scopes' in one statement). */
  private static Map<String, Object> throughTheEngine(TaskEntity task, Collection<String> names) {
    // every scope loaded before any asks for its variables: the first to ask reads them all (ScopeVariables)
    scopesOf(task).forEach(AbstractVariableScope::getVariableInstancesLocal);
    VariableMapImpl variables = new VariableMapImpl();
    task.collectVariables(variables, names, false, true);
    return new HashMap<>(variables);
  }

  /** The task and the scopes above it, nearest first, as the engine loads them. */
  private static List<AbstractVariableScope> scopesOf(TaskEntity task) {
    List<AbstractVariableScope> scopes = new ArrayList<>();
    for (AbstractVariableScope scope = task; scope != null; scope = scope.getParentVariableScope()) {
      scopes.add(scope);
    }
    return scopes;
  }
}
