package org.flipside.internal.library;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flipside.api.ProcessLibrary;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.validation.EngineParser;
import org.flipside.internal.validation.ResourceValidator;
import org.flipside.model.repository.ProcessDeploymentRepository;

/**
 * The process library of one engine: its deployer (which the bundle's own processes go through at start) and the
 * API service on it.
 *
 * @param deployer validates, deploys and records
 * @param library the API for HR admins and process owners
 */
public record ProcessLibraries(LibraryDeployer deployer, ProcessLibrary library) {

  /** Wires the library to the engine, Flipside's tables and the host's directory. */
  public static ProcessLibraries on(ProcessEngine engine, EntityManager entityManager, Directory directory,
      Transactions transactions, Clock clock) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ProcessDeploymentRepository records = new ProcessDeploymentRepository(entityManager);
    DeployedForms forms = new DeployedForms(configuration);
    VersionCatalog catalog = new VersionCatalog(engine.getRepositoryService(), records, forms);
    LibraryDeployer deployer = new LibraryDeployer(engine.getRepositoryService(),
        new ResourceValidator(new EngineParser(configuration)), records, catalog, transactions, clock);
    return new ProcessLibraries(deployer, new ProcessLibraryService(deployer, catalog, forms,
        engine.getRepositoryService(),
        new VersionMigration(engine.getRuntimeService(), engine.getRepositoryService(), transactions), directory,
        transactions));
  }
}
