package org.flipside.internal.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;

/**
 * Keeps each job definition (one per timer or asynchronous step of a deployed process) once read, so a command that
 * creates or runs a job does not read its {@code ACT_RU_JOBDEF} row again: twice a completed task in the sandbox's
 * benchmark. A deployment writes its job definitions once; only suspending one or overriding its priority would change
 * a row afterwards, which Flipside's engines refuse ({@link DefinitionsAsDeployed}): a process owner's change is a
 * new deployment, new job definitions.
 */
final class DeployedJobDefinitions implements SessionFactory {

  private final Map<String, JobDefinitionEntity> read = new ConcurrentHashMap<>();

  @Override
  public Class<?> getSessionType() {
    return JobDefinitionManager.class;
  }

  @Override
  public Session openSession() {
    return new KeptFirst();
  }

  /** The engine's job definition manager, answering from the definitions read before first. */
  private final class KeptFirst extends JobDefinitionManager {

    @Override
    public JobDefinitionEntity findById(String jobDefinitionId) {
      JobDefinitionEntity inCommand = getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
      if (inCommand != null) {
        return inCommand;
      }
      JobDefinitionEntity kept = read.get(jobDefinitionId);
      if (kept != null) {
        getDbEntityManager().getDbEntityCache().putPersistent(kept);
        return kept;
      }
      JobDefinitionEntity fresh = super.findById(jobDefinitionId);
      if (fresh != null) {
        read.put(jobDefinitionId, fresh);
      }
      return fresh;
    }
  }
}
