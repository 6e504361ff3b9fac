package org.flipside.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.flipside.embed.JobExecutorSettings;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds Flipside's private Camunda engine on the host's DataSource, joined to the same
 * transactions as Flipside's JPA writes.
 */
public final class EngineFactory {

  private EngineFactory() {}

  /**
   * Builds and starts the engine; Camunda creates or upgrades its own tables.
   *
   * @param dataSource the pooled DataSource Flipside shares with the host
   * @param transactionManager the JPA transaction manager that owns every transaction
   * @param beans the delegates the diagrams' expressions name
   * @param identityProvider where the engine's users and groups come from
   * @param clock the time the engine runs on
   * @param jobs how its job executor runs, once {@link #startJobExecutor started}
   * @param operations what Flipside's health, incidents and metrics need of the engine
   * @param beforeTables run once the engine is configured, before it opens its first transaction to create, check or
   *     upgrade its tables
   */
  public static ProcessEngine build(
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      Map<String, Object> beans,
      SessionFactory identityProvider,
      Clock clock,
      JobExecutorSettings jobs,
      ProcessEnginePlugin operations,
      Runnable beforeTables) {
    // Spring for its transactions only: no application context, so no Spring context library in the bundle
    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    // unique per engine: Camunda keeps a static registry of engines by name
    configuration.setProcessEngineName("flipside-" + UUID.randomUUID());
    configuration.setDataSource(dataSource);
    // the engine's tables live in the DataSource's current schema; without this it would look for
    // them in every schema it can see and take another installation's tables for its own
    String schema = currentSchema(dataSource);
    configuration.setDatabaseSchema(schema);
    configuration.setDatabaseTablePrefix(schema + ".");
    configuration.setTransactionManager(transactionManager);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // survey answers are Flipside's to keep apart from the person: the history keeps no trace of who answered when;
    // of the rest it keeps only what is read
    configuration.setHistoryEventHandler(new AnonymousSurveyHistory(new ReadHistoryOnly()));
    // retention deletes a closed programme's instances itself (EngineHistory), never by Camunda's cleanup: without
    // this, each ending instance stamped a removal time on its rows in 16 history tables that nothing ever reads
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
    configuration.setHistoryCleanupEnabled(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setBeans(new HashMap<>(beans));
    // users and groups are the host's: the engine neither creates nor reads user tables of its own
    configuration.setIdentityProviderSessionFactory(identityProvider);
    configuration.setDbIdentityUsed(false);
    // no job runs until the start is ready for it: Flipside's tables may still be migrating
    configuration.setJobExecutorActivate(false);
    configuration.setJobExecutor(jobExecutor(jobs));
    configuration.setMetricsEnabled(false);
    // each engine's commands read its own host's clock, whatever other engines share the JVM; the definitions stay
    // as deployed, so that every node may serve them from memory (DeployedDefinitions)
    configuration.setCustomPreCommandInterceptorsTxRequired(
        List.of(EngineClock.of(clock), new DefinitionsAsDeployed()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        List.of(EngineClock.of(clock), new DefinitionsAsDeployed()));
    // whatever a command throws reaches Flipside's services, which hand it to the caller (a refused form is the
    // employee's to correct, not an ERROR in the host's log) or, for timed work, log it themselves
    configuration.setEnableCmdExceptionLogging(false);
    // lists and maps in variables are stored as JSON: Java serialisation is off, and rightly so
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(), operations, once(beforeTables),
        ScopeVariables.mapping()));
    // the BPMN schema compiled once, not once for each diagram parsed
    configuration.setBpmnParseFactory(new CompiledSchemaParses());
    // a mutable list: the engine adds its own listeners to it
    configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new UnclaimedTaskGuard())));
    configuration.setCustomSessionFactories(
        List.of(new DeployedDefinitions(), new DeployedJobDefinitions(), new ScopeVariables()));
    return configuration.buildProcessEngine();
  }

  /** A plugin that runs the task when the engine is configured, before the engine builds and touches the database. */
  private static ProcessEnginePlugin once(Runnable beforeTables) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configured) {
        beforeTables.run();
      }
    };
  }

  /** Starts the engine's job executor, which runs its jobs from then on; closing the engine stops it. */
  public static void startJobExecutor(ProcessEngine engine) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
  }

  /**
   * Not deployment-aware (the default): every node of a cluster runs every job, whichever node deployed the
   * process, since a process owner deploys through one node and all nodes run the same bundle.
   */
  private static JobExecutor jobExecutor(JobExecutorSettings jobs) {
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setLockTimeInMillis(Math.toIntExact(jobs.lockTime().toMillis()));
    executor.setCorePoolSize(jobs.threads());
    executor.setMaxPoolSize(jobs.threads());
    executor.setMaxJobsPerAcquisition(jobs.jobsPerAcquisition());
    executor.setWaitTimeInMillis(Math.toIntExact(jobs.idleWait().toMillis()));
    return executor;
  }

  private static String currentSchema(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getSchema();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the DataSource's current schema", e);
    }
  }
}
