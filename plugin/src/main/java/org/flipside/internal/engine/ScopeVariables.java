package org.flipside.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;

/**
 * Reads the variables of a scope and of the scopes above it in one statement, where the engine reads each scope's
 * with a statement of its own as it first needs them: a task's, then its execution's, then each parent's up to the
 * process instance. When a task or an execution first asks for its variables, those of every execution above it that
 * the command has already loaded come along (never an execution more), and each is handed over once, when that
 * scope asks. Only the chain is read, never the whole process instance: a survey's process holds the variables of
 * every respondent's task.
 *
 * <p>What a scope is handed is what its own statement would have read, as far as this command goes: the engine writes
 * nothing before the command ends, and a scope's variables change in a command only through the scope once it has
 * loaded them, so a scope that has not asked yet has nothing the statement read earlier missed. For the same reason a
 * task's variables can be read with its chain's without the engine loading the scopes at all ({@link
 * ChainAtOnce#heldBy}) while none of them has loaded its own, nor was created in the command (the engine gives a new
 * scope its variables without reading): the engine would load the process instance's whole execution tree to walk up
 * to it. Another command may change the rows meanwhile, though, as the engine's own reads may find: when it moves a
 * task up from a parallel branch it ended, it moves the branch's variables up too, over any of the same name. A task
 * whose chain broke so is read past what this command read ({@link ChainAtOnce#heldAsCommitted}).
 */
final class ScopeVariables implements SessionFactory {

  private static final String MAPPING = "org/flipside/internal/engine/ScopeVariables.xml";
  private static final String MAPPER = "org.flipside.internal.engine.ScopeVariables.";
  private static final String CHAIN_VARIABLES = MAPPER + "selectScopeChainVariables";
  private static final String CHAIN_VARIABLES_AS_COMMITTED = MAPPER + "selectScopeChainVariablesAsCommitted";
  private static final String TASK_EXECUTION = MAPPER + "selectTaskExecutionId";
  private static final String EXECUTION_PARENT = MAPPER + "selectExecutionParentId";
  private static final String TASK = "task ";

  @Override
  public Class<?> getSessionType() {
    return VariableInstanceManager.class;
  }

  @Override
  public Session openSession() {
    return new ChainAtOnce();
  }

  /** Adds the statement to the engine's MyBatis mappings once the engine has built them. */
  static ProcessEnginePlugin mapping() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        try (InputStream xml = ScopeVariables.class.getClassLoader().getResourceAsStream(MAPPING)) {
          new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + MAPPING, e);
        }
      }
    };
  }

  /** The engine's variable manager for one command, answering a scope from a chain read before when it can. */
  static final class ChainAtOnce extends VariableInstanceManager {

    /** What each scope of a chain read at once is still to be handed, by a task's key or an execution's id. */
    private final Map<String, List<VariableInstanceEntity>> unclaimed = new HashMap<>();

    /** The scopes that loaded all their variables in this command, and may have changed them since. */
    private final Set<String> loaded = new HashSet<>();

    /**
     * The variables the task and each execution of its chain (its own first, then each parent's) hold, a list a
     * scope in that order, read with one statement unless read so before in this command; none when one of these
     * scopes has loaded its variables in this command, or was created in it, as the engine then has them.
     */
    Optional<List<List<VariableInstanceEntity>>> heldBy(String taskId, List<String> executionIds) {
      List<String> scopes = new ArrayList<>();
      scopes.add(TASK + taskId);
      scopes.addAll(executionIds);
      if (scopes.stream().anyMatch(loaded::contains) || executionIds.stream().anyMatch(this::createdNow)) {
        return Optional.empty();
      }
      if (!unclaimed.keySet().containsAll(scopes)) {
        readChain(taskId, executionIds);
      }
      return Optional.of(scopes.stream().map(unclaimed::get).toList());
    }

    /**
     * The variables the task and each execution of its chain hold as committed now, as {@link #heldBy} lists them,
     * read past the entities this command holds, which may be of rows another command has changed or moved since:
     * for reading only, never handed to a scope. None when one of these scopes has loaded its variables in this
     * command, or was created in it. What this command read of them before is dropped, so that a scope asking later
     * reads its rows again.
     */
    Optional<List<List<VariableInstanceEntity>>> heldAsCommitted(String taskId, List<String> executionIds) {
      List<String> scopes = new ArrayList<>();
      scopes.add(TASK + taskId);
      scopes.addAll(executionIds);
      if (scopes.stream().anyMatch(loaded::contains) || executionIds.stream().anyMatch(this::createdNow)) {
        return Optional.empty();
      }
      scopes.forEach(unclaimed::remove);
      @SuppressWarnings("unchecked")
      List<VariableInstanceEntity> rows = (List<VariableInstanceEntity>) getDbSqlSession().selectList(
          CHAIN_VARIABLES_AS_COMMITTED,
          new ListQueryParameterObject(parameter(taskId, executionIds), 0, Integer.MAX_VALUE));
      Map<String, List<VariableInstanceEntity>> byScope = byScope(taskId, executionIds, rows);
      return Optional.of(scopes.stream().map(byScope::get).toList());
    }

    /** The id of the task's execution as committed now; none when the task has gone. */
    String executionOfTaskAsCommitted(String taskId) {
      return (String) getDbEntityManager().selectOne(TASK_EXECUTION, taskId);
    }

    /** The id of the execution's parent as committed now; none when it has none, or has gone. */
    String parentAsCommitted(String executionId) {
      return (String) getDbEntityManager().selectOne(EXECUTION_PARENT, executionId);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      String key = TASK + taskId;
      if (variableNames == null && !unclaimed.containsKey(key)) {
        TaskEntity task = getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
        if (task != null && task.getExecutionId() != null) {
          readChain(taskId, loadedChain(task.getExecutionId()));
        }
      }
      return handOver(key, variableNames,
          () -> super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames));
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByExecutionIdAndVariableNames(String executionId,
        Collection<String> variableNames) {
      if (variableNames == null && !unclaimed.containsKey(executionId)) {
        readChain(null, loadedChain(executionId));
      }
      return handOver(executionId, variableNames,
          () -> super.findVariableInstancesByExecutionIdAndVariableNames(executionId, variableNames));
    }

    /** A scope's variables read with its chain: all of them once, or those named (a partial read) as often as asked. */
    private List<VariableInstanceEntity> handOver(String scope, Collection<String> names,
        Supplier<List<VariableInstanceEntity>> ownStatement) {
      if (names == null) {
        loaded.add(scope);
      }
      if (!unclaimed.containsKey(scope)) {
        return ownStatement.get();
      }
      return names == null ? unclaimed.remove(scope) : unclaimed.get(scope).stream()
          .filter(variable -> names.contains(variable.getName())).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Whether the execution was created in this command: the engine gives a new execution its variables (a start's,
     * an input mapping's) in memory, without asking for any, and writes them only when the command ends.
     */
    private boolean createdNow(String executionId) {
      ExecutionEntity execution = getDbEntityManager().getCachedEntity(ExecutionEntity.class, executionId);
      return execution != null && getDbEntityManager().getDbEntityCache().isTransient(execution);
    }

    /** The execution and every execution above it that the command has loaded. */
    private List<String> loadedChain(String executionId) {
      List<String> chain = new ArrayList<>();
      for (String id = executionId; id != null && !chain.contains(id); ) {
        chain.add(id);
        ExecutionEntity execution = getDbEntityManager().getCachedEntity(ExecutionEntity.class, id);
        id = execution == null ? null : execution.getParentId();
      }
      return chain;
    }

    /** Reads the variables of the task (if any) and of the executions of its chain. */
    @SuppressWarnings("unchecked")
    private void readChain(String taskId, List<String> chain) {
      // the cached entity a loaded row maps to is the one a scope that loaded it already holds
      List<VariableInstanceEntity> rows =
          (List<VariableInstanceEntity>) getDbEntityManager().selectList(CHAIN_VARIABLES, parameter(taskId, chain));
      // a scope that already holds its variables never asks again; one still unclaimed keeps what it was read with
      byScope(taskId, chain, rows).forEach(unclaimed::putIfAbsent);
    }

    private static Map<String, Object> parameter(String taskId, List<String> chain) {
      Map<String, Object> parameter = new HashMap<>();
      parameter.put("executionIds", chain);
      parameter.put("taskId", taskId);
      return parameter;
    }

    /** The rows read for the task (if any) and the executions of its chain, a list a scope. */
    private static Map<String, List<VariableInstanceEntity>> byScope(String taskId, List<String> chain,
        List<VariableInstanceEntity> rows) {
      Map<String, List<VariableInstanceEntity>> byScope = new HashMap<>();
      if (taskId != null) {
        byScope.put(TASK + taskId, new ArrayList<>());
      }
      chain.forEach(id -> byScope.put(id, new ArrayList<>()));
      for (VariableInstanceEntity variable : rows) {
        String scope = variable.getTaskId() != null ? TASK + variable.getTaskId() : variable.getExecutionId();
        List<VariableInstanceEntity> ofScope = byScope.get(scope);
        if (ofScope != null) {
          ofScope.add(variable);
        }
      }
      return byScope;
    }
  }
}
