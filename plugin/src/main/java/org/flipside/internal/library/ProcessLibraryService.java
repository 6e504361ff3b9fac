package org.flipside.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.MigrationReport;
import org.flipside.api.Actor;
import org.flipside.api.NotFoundException;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;
import org.flipside.api.ProcessVersion;
import org.flipside.api.ValidationException;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.model.ProcessDeploymentRecord.Origin;
import org.flipside.spi.FlipsideRoles;

/** The process library for HR admins and process owners, on the one deployer Flipside has. */
final class ProcessLibraryService implements ProcessLibrary {

  private final LibraryDeployer deployer;
  private final VersionCatalog catalog;
  private final DeployedForms forms;
  private final RepositoryService repository;
  private final VersionMigration migration;
  private final RunningSteps runningSteps;
  private final Directory directory;
  private final Transactions transactions;

  ProcessLibraryService(LibraryDeployer deployer, VersionCatalog catalog, DeployedForms forms,
      RepositoryService repository, VersionMigration migration, RunningSteps runningSteps, Directory directory,
      Transactions transactions) {
    this.deployer = deployer;
    this.catalog = catalog;
    this.forms = forms;
    this.repository = repository;
    this.migration = migration;
    this.runningSteps = runningSteps;
    this.directory = directory;
    this.transactions = transactions;
  }

  @Override
  public List<ProcessProblem> validate(Actor actor, List<ProcessResource> resources) {
    requireProcessOwner(actor, "validate processes");
    requireFiles(resources);
    return deployer.validate(resources);
  }

  @Override
  public ProcessDeployment deploy(Actor actor, String name, List<ProcessResource> resources) {
    requireProcessOwner(actor, "deploy processes");
    if (name == null || name.isBlank()) {
      throw ValidationException.of("name", "is required: the deployment's name");
    }
    requireFiles(resources);
    return deployer.deploy(name.strip(), Origin.PROCESS_OWNER, actor.employeeId(), resources);
  }

  @Override
  public List<ProcessVersion> versions(Actor actor) {
    requireProcessOwner(actor, "read the process versions");
    return transactions.inTransaction(catalog::versions);
  }

  @Override
  public ProcessResource diagram(Actor actor, String definitionId) {
    requireProcessOwner(actor, "read process diagrams");
    return transactions.inTransaction(() -> {
      ProcessDefinition definition = definition(definitionId);
      return new ProcessResource(definition.getResourceName(),
          read(definition.getDeploymentId(), definition.getResourceName()));
    });
  }

  @Override
  public List<ProcessResource> forms(Actor actor, String definitionId) {
    requireProcessOwner(actor, "read process forms");
    return transactions.inTransaction(() -> {
      ProcessDefinition definition = definition(definitionId);
      Set<String> formIds = new LinkedHashSet<>();
      repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaFormRef).filter(formRef -> formRef != null && !formRef.isBlank())
          .forEach(formIds::add);
      List<ProcessResource> shown = new ArrayList<>();
      for (String formId : formIds) {
        Optional<CamundaFormDefinition> form = forms.inDeployment(definition.getDeploymentId(), formId)
            .or(() -> forms.latest(formId));
        form.ifPresent(found -> shown.add(new ProcessResource(found.getResourceName(),
            read(found.getDeploymentId(), found.getResourceName()))));
      }
      return shown;
    });
  }

  @Override
  public Map<String, Long> runningInstancesBySteps(Actor actor, String definitionId) {
    requireProcessOwner(actor, "read how many instances run at each step");
    return transactions.inTransaction(() -> runningSteps.of(definition(definitionId).getId()));
  }

  @Override
  public MigrationReport previewMigration(Actor actor, String definitionId) {
    requireProcessOwner(actor, "preview migrations");
    ProcessDefinition target = transactions.inTransaction(() -> definition(definitionId));
    return transactions.withPluginClassLoader(() -> migration.migrateTo(target, false));
  }

  @Override
  public MigrationReport migrate(Actor actor, String definitionId) {
    requireProcessOwner(actor, "migrate running programmes");
    ProcessDefinition target = transactions.inTransaction(() -> definition(definitionId));
    return transactions.withPluginClassLoader(() -> migration.migrateTo(target, true));
  }

  private ProcessDefinition definition(String definitionId) {
    if (definitionId == null || definitionId.isBlank()) {
      throw ValidationException.of("definitionId", "is required: a process version's id");
    }
    return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
            .singleResult())
        .orElseThrow(() -> new NotFoundException("there is no process version " + definitionId));
  }

  private byte[] read(String deploymentId, String resourceName) {
    try (InputStream content = repository.getResourceAsStream(deploymentId, resourceName)) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourceName, e);
    }
  }

  private void requireProcessOwner(Actor actor, String what) {
    Set<String> roles = directory.rolesOf(actor.employeeId());
    if (!roles.contains(FlipsideRoles.PROCESS_OWNER) && !roles.contains(FlipsideRoles.HR_ADMIN)) {
      throw new AccessDeniedException(actor.employeeId() + " may not " + what + ": that needs the role "
          + FlipsideRoles.PROCESS_OWNER + " or " + FlipsideRoles.HR_ADMIN);
    }
  }

  private static void requireFiles(List<ProcessResource> resources) {
    if (resources == null || resources.isEmpty()) {
      throw ValidationException.of("resources", "are required: at least one .bpmn, .dmn or .form file");
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < resources.size(); i++) {
      ProcessResource resource = resources.get(i);
      String field = "resources[" + i + "]";
      if (resource == null || resource.name() == null || resource.name().isBlank()) {
        throw ValidationException.of(field + ".name", "is required: the file's name, such as pair-journey.bpmn");
      }
      if (resource.content() == null || resource.content().length == 0) {
        throw ValidationException.of(field + ".content", resource.name() + " is empty");
      }
      if (!names.add(resource.name())) {
        throw ValidationException.of(field + ".name", resource.name() + " is in the set twice");
      }
    }
  }
}
