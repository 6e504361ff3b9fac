package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.flipside.model.ProcessDeploymentRecord;

/** Stores who deployed Flipside's processes, and when. */
public class ProcessDeploymentRepository extends EntityRepository<ProcessDeploymentRecord> {

  public ProcessDeploymentRepository(EntityManager em) {
    super(em, ProcessDeploymentRecord.class, ProcessDeploymentRecord::getDeploymentId);
  }

  /** The records of these deployments; deployments made before Flipside kept records have none. */
  public List<ProcessDeploymentRecord> findAll(Collection<String> deploymentIds) {
    if (deploymentIds.isEmpty()) {
      return List.of();
    }
    return query("SELECT d FROM ProcessDeploymentRecord d WHERE d.deploymentId IN :ids")
        .setParameter("ids", deploymentIds)
        .getResultList();
  }
}
