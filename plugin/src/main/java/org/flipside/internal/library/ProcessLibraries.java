package org.flipside.internal.library;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flipside.api.MigrationReport;
import org.flipside.api.ProcessLibrary;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.validation.EngineParser;
import org.flipside.internal.validation.ResourceValidator;
import org.flipside.model.repository.ProcessDeploymentRepository;

/**
 * The process library of one engine: its deployer and migration, which the bundle's own processes go through at
 * start, and the API service on them.
 */
public final class ProcessLibraries {

  private final LibraryDeployer deployer;
  private final VersionMigration migration;
  private final RepositoryService repository;
  private final Transactions transactions;
  private final ProcessLibrary library;

  private ProcessLibraries(LibraryDeployer deployer, VersionMigration migration, RepositoryService repository,
      Transactions transactions, ProcessLibrary library) {
    this.deployer = deployer;
    this.migration = migration;
    this.repository = repository;
    this.transactions = transactions;
    this.library = library;
  }

  /** Wires the library to the engine, Flipside's tables and the host's directory. */
  public static ProcessLibraries on(ProcessEngine engine, EntityManager entityManager, Directory directory,
      Transactions transactions, Clock clock) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    RepositoryService repository = engine.getRepositoryService();
    ProcessDeploymentRepository records = new ProcessDeploymentRepository(entityManager);
    DeployedForms forms = new DeployedForms(configuration);
    VersionCatalog catalog = new VersionCatalog(repository, records, forms);
    LibraryDeployer deployer = new LibraryDeployer(repository,
        new ResourceValidator(new EngineParser(configuration)), records, catalog, transactions, clock);
    VersionMigration migration = new VersionMigration(engine.getRuntimeService(), repository, transactions);
    return new ProcessLibraries(deployer, migration, repository, transactions,
        new ProcessLibraryService(deployer, catalog, forms, repository, migration,
            new RunningSteps(engine.getManagementService()), directory, transactions));
  }

  /** Validates, deploys and records. */
  public LibraryDeployer deployer() {
    return deployer;
  }

  /** The API for HR admins and process owners. */
  public ProcessLibrary library() {
    return library;
  }

  /** Moves every running instance of the process's other versions that can move to this version. */
  public MigrationReport moveRunningTo(String definitionId) {
    return transactions.withPluginClassLoader(
        () -> migration.migrateTo(repository.getProcessDefinition(definitionId), true));
  }
}
