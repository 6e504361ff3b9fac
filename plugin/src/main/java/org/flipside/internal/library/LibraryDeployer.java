package org.flipside.internal.library;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.validation.ResourceValidator;
import org.flipside.model.ProcessDeploymentRecord;
import org.flipside.model.ProcessDeploymentRecord.Origin;
import org.flipside.model.repository.ProcessDeploymentRepository;

/**
 * The one way Flipside deploys processes, for the bundle's own at start and for a process owner's: the set is
 * validated first, and only a set without problems is deployed, in one transaction with the record of who deployed
 * it. Files unchanged since the last deployment of the same name are not deployed again.
 */
public final class LibraryDeployer {

  private final RepositoryService repository;
  private final ResourceValidator validator;
  private final ProcessDeploymentRepository records;
  private final VersionCatalog catalog;
  private final Transactions transactions;
  private final Clock clock;

  public LibraryDeployer(RepositoryService repository, ResourceValidator validator,
      ProcessDeploymentRepository records, VersionCatalog catalog, Transactions transactions, Clock clock) {
    this.repository = repository;
    this.validator = validator;
    this.records = records;
    this.catalog = catalog;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The problems of the set; empty when it may be deployed. */
  public List<ProcessProblem> validate(List<ProcessResource> resources) {
    return transactions.withPluginClassLoader(() -> validator.validate(resources, catalog::hasForm));
  }

  /**
   * Validates the set and deploys what changed.
   *
   * @param deployedBy the employee id, or {@code null} for the bundle's own
   * @throws InvalidProcessesException when the set has a problem; nothing is deployed
   */
  public ProcessDeployment deploy(String name, Origin origin, String deployedBy, List<ProcessResource> resources) {
    // the deployment parses every file as the engine's parse in validate() would: each file is parsed once, and
    // only a refused set is validated again in full, so it is refused with every problem validate() names
    List<ProcessProblem> problems = transactions.withPluginClassLoader(
        () -> validator.validateBeforeDeploying(resources, catalog::hasForm));
    if (!problems.isEmpty()) {
      throw new InvalidProcessesException(validate(resources));
    }
    try {
      return deployValid(name, origin, deployedBy, resources);
    } catch (RuntimeException refused) {
      List<ProcessProblem> all = validate(resources);
      if (!all.isEmpty()) {
        throw new InvalidProcessesException(all);
      }
      throw refused;
    }
  }

  private ProcessDeployment deployValid(String name, Origin origin, String deployedBy,
      List<ProcessResource> resources) {
    return transactions.inTransaction(() -> {
      DeploymentBuilder builder = repository.createDeployment().name(name).source(origin.name())
          .enableDuplicateFiltering(true);
      resources.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
      // with nothing changed the engine hands back an earlier deployment instead of making one
      Set<String> earlier = repository.createDeploymentQuery().list().stream().map(Deployment::getId)
          .collect(Collectors.toSet());
      DeploymentWithDefinitions deployed = deployWith(builder);
      boolean isNew = !earlier.contains(deployed.getId());
      if (isNew) {
        records.save(new ProcessDeploymentRecord(deployed.getId(), name, origin, deployedBy, clock.instant()));
      }
      List<ProcessDefinition> definitions = deployed.getDeployedProcessDefinitions() == null
          ? List.of() : deployed.getDeployedProcessDefinitions();
      return new ProcessDeployment(deployed.getId(), name, deployedBy, deployed.getDeploymentTime().toInstant(),
          isNew ? repository.getDeploymentResources(deployed.getId()).stream().map(Resource::getName).sorted()
              .toList() : List.of(),
          definitions.stream().sorted(Comparator.comparing(ProcessDefinition::getKey))
              .map(catalog::versionOf).toList());
    });
  }

  /**
   * Whether the newest deployment of this name and origin holds each of these files as it is: deploying them again
   * would change nothing (the engine would hand back that deployment), so there is nothing to validate either.
   */
  public boolean isDeployed(String name, Origin origin, List<ProcessResource> resources) {
    return transactions.inTransaction(() -> {
      List<Deployment> newest = repository.createDeploymentQuery().deploymentName(name)
          .deploymentSource(origin.name()).orderByDeploymentTime().desc().listPage(0, 2);
      // two made at the same instant (a clock that stands still, as a simulation's does): which is newest is unknown
      if (newest.isEmpty() || newest.size() == 2
          && newest.get(0).getDeploymentTime().equals(newest.get(1).getDeploymentTime())) {
        return false;
      }
      Map<String, byte[]> held = repository.getDeploymentResources(newest.get(0).getId()).stream()
          .collect(Collectors.toMap(Resource::getName, Resource::getBytes));
      return resources.stream().allMatch(file -> Arrays.equals(held.get(file.name()), file.content()));
    });
  }

  /** The engine's own last word: what only a real deployment finds (two diagrams with one key) refuses it too. */
  private static DeploymentWithDefinitions deployWith(DeploymentBuilder builder) {
    try {
      return builder.deployWithResult();
    } catch (ParseException e) {
      throw new InvalidProcessesException(e.getResorceReports().stream()
          .flatMap(report -> report.getErrors().stream().map(error -> new ProcessProblem(report.getResourceName(),
              error.getMainElementId(), error.getMessage(), Math.max(error.getLine(), 0),
              Math.max(error.getColumn(), 0))))
          .toList());
    }
  }
}
