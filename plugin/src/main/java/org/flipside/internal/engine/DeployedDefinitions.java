package org.flipside.internal.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;

/**
 * Lets a command find a deployed process definition in the engine's deployment cache without reading its row again.
 * The engine reads {@code ACT_RE_PROCDEF} by id in every command that touches a task or a process (about three times
 * a completed task in the sandbox's benchmark), only to copy the fields a definition can change after its deployment
 * onto the parsed one it already holds: its revision, suspension state and history time to live. None of them
 * changes after deployment: Flipside's engines refuse the commands that would change them ({@link
 * DefinitionsAsDeployed}) on every node, and a process owner's change is a new deployment, a new definition, so the
 * parsed definition is the row. A definition not in the cache (deployed by another node, or evicted) is read and
 * parsed as before.
 */
final class DeployedDefinitions implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return ProcessDefinitionManager.class;
  }

  @Override
  public Session openSession() {
    return new CachedFirst();
  }

  /** The engine's process definition manager, answering from the deployment cache first. */
  private static final class CachedFirst extends ProcessDefinitionManager {

    @Override
    public ProcessDefinitionEntity getCachedResourceDefinitionEntity(String definitionId) {
      ProcessDefinitionEntity read = super.getCachedResourceDefinitionEntity(definitionId);
      if (read != null) {
        return read;
      }
      ProcessDefinitionEntity deployed = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findProcessDefinitionFromCache(definitionId);
      if (deployed != null) {
        // the command's history events look the definition up by id among the rows it has read: they find it there
        getDbEntityManager().getDbEntityCache().putPersistent(deployed);
      }
      return deployed;
    }
  }
}
