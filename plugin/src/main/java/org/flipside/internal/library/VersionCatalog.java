package org.flipside.internal.library;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.flipside.api.DeploymentOrigin;
import org.flipside.api.ProcessVersion;
import org.flipside.model.ProcessDeploymentRecord;
import org.flipside.model.repository.ProcessDeploymentRepository;

/** The deployed versions of Flipside's processes and forms, with who deployed them. */
public final class VersionCatalog {

  private final RepositoryService repository;
  private final ProcessDeploymentRepository records;
  private final DeployedForms forms;

  VersionCatalog(RepositoryService repository, ProcessDeploymentRepository records, DeployedForms forms) {
    this.repository = repository;
    this.records = records;
    this.forms = forms;
  }

  /** Whether a form of this id is deployed. */
  boolean hasForm(String formId) {
    return forms.latest(formId).isPresent();
  }

  /** Every version of every process, by key and version. */
  List<ProcessVersion> versions() {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
        .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list();
    Set<String> deploymentIds = definitions.stream().map(ProcessDefinition::getDeploymentId)
        .collect(Collectors.toSet());
    Map<String, ProcessDeploymentRecord> recorded = records.findAll(deploymentIds).stream()
        .collect(Collectors.toMap(ProcessDeploymentRecord::getDeploymentId, Function.identity()));
    Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
        .filter(deployment -> deploymentIds.contains(deployment.getId()))
        .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    return definitions.stream()
        .map(definition -> versionOf(definition, deployments.get(definition.getDeploymentId()),
            recorded.get(definition.getDeploymentId())))
        .sorted(Comparator.comparing(ProcessVersion::processKey).thenComparingInt(ProcessVersion::version))
        .toList();
  }

  /** One version, with its deployment's record. */
  ProcessVersion versionOf(ProcessDefinition definition) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
        .singleResult();
    return versionOf(definition, deployment, records.find(definition.getDeploymentId()).orElse(null));
  }

  /** Deployments made before Flipside kept records count as the bundle's: nothing else could deploy then. */
  private static ProcessVersion versionOf(ProcessDefinition definition, Deployment deployment,
      ProcessDeploymentRecord record) {
    Instant deployedAt = record != null ? record.getDeployedAt() : deployment.getDeploymentTime().toInstant();
    DeploymentOrigin origin = record == null || record.getOrigin() == ProcessDeploymentRecord.Origin.BUNDLE
        ? DeploymentOrigin.BUNDLE : DeploymentOrigin.PROCESS_OWNER;
    return new ProcessVersion(definition.getId(), definition.getKey(), definition.getVersion(),
        definition.getResourceName(), definition.getDeploymentId(), deployment.getName(),
        record == null ? null : record.getDeployedBy(), deployedAt, origin);
  }
}
