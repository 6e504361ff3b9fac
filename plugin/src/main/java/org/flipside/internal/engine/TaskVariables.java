package org.flipside.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.internal.engine.ScopeVariables.ChainAtOnce;

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
 *
 * <p>A task still open is read even when another command moved it since this command read it (a parallel branch or
 * an event sub-process beside it ended elsewhere, and the engine moved the task up from the execution it removed):
 * the chain the task was read with broke, and the task's row, its chain and their variables are read again as
 * committed. "As committed" is what each new statement sees under READ COMMITTED, the default of H2 2.x and
 * PostgreSQL; under REPEATABLE READ every attempt would see the transaction's one snapshot, and the task would be
 * reported gone, which is safe.
 */
public final class TaskVariables {

  /** Each attempt that finds the task's chain broken again met another command that moved the task meanwhile. */
  private static final int COMMITTED_CHAIN_ATTEMPTS = 3;

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
          || !(context.getSession(VariableInstanceManager.class) instanceof ChainAtOnce chainAtOnce)) {
        return Optional.of(throughTheEngine(scopesFrom(task), names));
      }
      return executionChain(context, task)
          .map(chain -> chainAtOnce.heldBy(taskId, chain).map(scopes -> nearest(scopes, names))
              .orElseGet(() -> throughTheEngine(scopesOf(task, context.getExecutionManager()
                  .findExecutionById(chain.get(0))), names)))
          .or(() -> asCommitted(context, chainAtOnce, task, names));
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
      return task == null ? List.of() : scopesFrom(task);
    });
  }

  /** One variable the task sees; {@code null} when it is not set or the task no longer exists. */
  @SuppressWarnings("unchecked")
  public <T> T get(String taskId, Var<T> var) {
    return (T) of(taskId, List.of(var.name())).map(variables -> variables.get(var.name())).orElse(null);
  }

  /**
   * The ids of the task's execution and of each execution above it, up to its process instance, as the command has
   * them or reads them now; none when one of them no longer exists. A process instance has no parent, so it is never
   * read for its parent's id.
   */
  private static Optional<List<String>> executionChain(CommandContext context, TaskEntity task) {
    return chainUp(task.getExecutionId(), task.getProcessInstanceId(), id -> Optional
        .ofNullable(context.getExecutionManager().findExecutionById(id))
        .map(ExecutionEntity::getParentId).orElse(null));
  }

  /**
   * The named variables of a task whose chain as read broke, because another command moved the task since it was
   * read or ended it, read on its chain as committed now. When a parallel branch or an event sub-process ends, the
   * engine moves the task of the last branch left to the execution above and removes the branch's own; the task
   * still exists, on a chain of its own. None when the task has gone, or moved again each time it was read.
   */
  private static Optional<Map<String, Object>> asCommitted(CommandContext context, ChainAtOnce chainAtOnce,
      TaskEntity task, Collection<String> names) {
    for (int attempt = 0; attempt < COMMITTED_CHAIN_ATTEMPTS; attempt++) {
      String executionId = chainAtOnce.executionOfTaskAsCommitted(task.getId());
      if (executionId == null) {
        return Optional.empty();
      }
      Optional<Map<String, Object>> variables = chainUp(executionId, task.getProcessInstanceId(),
          chainAtOnce::parentAsCommitted)
          .flatMap(chain -> onChainAsCommitted(context, chainAtOnce, task, chain, names));
      if (variables.isPresent()) {
        return variables;
      }
    }
    return Optional.empty();
  }

  /**
   * The named variables of the task on its chain as committed: as the rows are now while the engine holds the
   * variables of none of its scopes, else as the engine's scopes give them; none when the task's execution has gone
   * since its chain was read.
   */
  private static Optional<Map<String, Object>> onChainAsCommitted(CommandContext context, ChainAtOnce chainAtOnce,
      TaskEntity task, List<String> chain, Collection<String> names) {
    return chainAtOnce.heldAsCommitted(task.getId(), chain).map(scopes -> nearest(scopes, names))
        .or(() -> Optional.ofNullable(context.getExecutionManager().findExecutionById(chain.get(0)))
            .map(execution -> throughTheEngine(scopesOf(task, execution), names)));
  }

  /**
   * The execution's id and those above it, up to the process instance, each execution's parent as given; none when
   * an execution below the process instance has no parent given, as it no longer exists, or when the parents given
   * lead back to one already seen, as they were read at different moments.
   */
  private static Optional<List<String>> chainUp(String executionId, String processInstanceId,
      UnaryOperator<String> parentOf) {
    List<String> chain = new ArrayList<>();
    for (String id = executionId; id != null; ) {
      if (chain.contains(id)) {
        return Optional.empty();
      }
      chain.add(id);
      if (id.equals(processInstanceId)) {
        break;
      }
      id = parentOf.apply(id);
      if (id == null) {
        return Optional.empty();
      }
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

  /**
   * The names as the engine's scopes (nearest first) give them, which read their variables (all scopes' in one
   * statement).
   */
  private static Map<String, Object> throughTheEngine(List<AbstractVariableScope> scopes, Collection<String> names) {
    // every scope loaded before any asks for its variables: the first to ask reads them all (ScopeVariables)
    scopes.forEach(AbstractVariableScope::getVariableInstancesLocal);
    VariableMapImpl variables = new VariableMapImpl();
    // a scope adds only the names no nearer scope holds
    scopes.forEach(scope -> scope.collectVariables(variables, names, true, true));
    return new HashMap<>(variables);
  }

  /**
   * The task and the execution given and those above it, as the engine loads them: the chain's, not the ones the task
   * was read with, which may have gone since.
   */
  private static List<AbstractVariableScope> scopesOf(TaskEntity task, ExecutionEntity execution) {
    List<AbstractVariableScope> scopes = new ArrayList<>(List.of(task));
    scopes.addAll(scopesFrom(execution));
    return scopes;
  }

  /** The scope and the scopes above it, nearest first, as the engine loads them; none for no scope. */
  private static List<AbstractVariableScope> scopesFrom(AbstractVariableScope nearest) {
    List<AbstractVariableScope> scopes = new ArrayList<>();
    for (AbstractVariableScope scope = nearest; scope != null; scope = scope.getParentVariableScope()) {
      scopes.add(scope);
    }
    return scopes;
  }
}
