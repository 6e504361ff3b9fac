package org.flipside.internal.service;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flipside.api.Concerns;
import org.flipside.api.DeliveryTeam;
import org.flipside.api.DueWork;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.OperationalComponent;
import org.flipside.api.Operations;
import org.flipside.api.PrivateReflections;
import org.flipside.api.HostEvents;
import org.flipside.api.PairSupport;
import org.flipside.api.Privacy;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProgrammeService;
import org.flipside.api.Reports;
import org.flipside.api.TaskInbox;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.FlipsideView;
import org.flipside.embed.HostServices;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.embed.ProgrammeDefaults;
import org.flipside.internal.delegate.DelegateBeans;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormHandlers;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.BackgroundRounds;
import org.flipside.internal.engine.BackgroundStart;
import org.flipside.internal.engine.EngineFactory;
import org.flipside.internal.engine.ProcessDeployer;
import org.flipside.internal.engine.StartupLock;
import org.flipside.internal.engine.EngineCommands;
import org.flipside.internal.engine.TaskForms;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.host.CalendarInvites;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.host.Postman;
import org.flipside.internal.notification.NotificationRenderer;
import org.flipside.internal.operations.DeliveryReceipts;
import org.flipside.internal.operations.FailedSteps;
import org.flipside.internal.operations.FlipsideMeters;
import org.flipside.internal.operations.HealthCheck;
import org.flipside.internal.operations.HostServiceWatch;
import org.flipside.internal.operations.OperationsEnginePlugin;
import org.flipside.internal.identity.HostIdentityProviderFactory;
import org.flipside.internal.library.ProcessLibraries;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.internal.privacy.EngineHistory;
import org.flipside.internal.privacy.RetentionSweep;
import org.flipside.internal.reflection.ReflectionCipher;
import org.flipside.internal.team.People;
import org.flipside.internal.delegate.workshops.EventMoves;
import org.flipside.internal.delegate.workshops.KickOffWait;
import org.flipside.internal.team.TeamVariables;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.OutboundChannel;
import org.flipside.spi.EmployeeDirectory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.EclipseLinkJpaDialect;

/**
 * A started Flipside: its schema migrated, its engine running with the processes deployed, and the
 * API services wired to them.
 */
public final class FlipsideRuntime implements AutoCloseable {

  private final EntityManagerFactory entityManagerFactory;
  private final ProcessEngine engine;
  private final Transactions transactions;
  private final ApiServices services;
  private final FlipsideMeters meters;
  private final AtomicReference<ProgrammeDefaults> programmeDefaults;
  private final AutoCloseable backgroundRounds;
  private final AutoCloseable onClose;

  private FlipsideRuntime(EntityManagerFactory entityManagerFactory, ProcessEngine engine, Transactions transactions,
      ApiServices services, FlipsideMeters meters, AtomicReference<ProgrammeDefaults> programmeDefaults,
      AutoCloseable backgroundRounds, AutoCloseable onClose) {
    this.entityManagerFactory = entityManagerFactory;
    this.engine = engine;
    this.transactions = transactions;
    this.services = services.requireEvery(FlipsideView.services());
    this.meters = meters;
    this.programmeDefaults = programmeDefaults;
    this.backgroundRounds = backgroundRounds;
    this.onClose = onClose;
  }

  /**
   * Starts Flipside on a DataSource, as the settings say; the plain Java launcher and the OSGi component both start
   * it here.
   *
   * @param settings the host's services and how Flipside runs
   * @param dataSource a pooled DataSource: the settings' own, or one the launcher opened
   * @param learning the host's learning system, which it may offer later or not at all
   * @param onClose released when Flipside closes, such as an embedded database
   */
  public static FlipsideRuntime start(FlipsideSettings settings, DataSource dataSource, LearningSystem learning,
      AutoCloseable onClose) {
    // nodes of a cluster start one at a time: Camunda's tables and Flipside's deployments are not theirs to race for
    try (StartupLock startup = StartupLock.acquire(dataSource);
        BackgroundStart background = BackgroundStart.start(dataSource)) {
      return startAlone(background, dataSource, settings.host(), learning, settings.backgroundJobs(),
          settings.jobExecutor(), settings.reflectionKey(), new AtomicReference<>(settings.programmeDefaults()),
          onClose);
    }
  }

  private static FlipsideRuntime startAlone(BackgroundStart background, DataSource dataSource, HostServices host,
      LearningSystem learning, boolean backgroundJobs, JobExecutorSettings jobExecutor, SecretKey reflectionKey,
      AtomicReference<ProgrammeDefaults> programmeDefaults, AutoCloseable onClose) {
    Clock clock = host.clock();
    FlipsideMeters meters = new FlipsideMeters();
    HostServiceWatch watch = new HostServiceWatch(clock);
    EmployeeDirectory watchedEmployees = watch.watch(EmployeeDirectory.class, host.directory(), OperationalComponent.DIRECTORY);
    EntityManagerFactory entityManagerFactory = background.entityManagerFactory();
    JpaTransactionManager transactionManager = new JpaTransactionManager(entityManagerFactory);
    transactionManager.setDataSource(dataSource);
    // EclipseLink's dialect exposes its JDBC connection, so the engine writes on the same one
    transactionManager.setJpaDialect(new EclipseLinkJpaDialect());
    Transactions transactions = new Transactions(transactionManager);

    Repositories data = Repositories.on(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
    Directory directory = new Directory(watchedEmployees);
    Postman postman = new Postman(data.outbox(), host.notifier(), host.calendar(), learning,
        new NotificationRenderer(directory, new People(data, directory)::nameOf, data.programmes()), clock,
        transactionManager, new DeliveryReceipts(watch, meters));
    Notifications notifications =
        new Notifications(data.outbox(), clock, postman, new CalendarInvites(directory, clock), directory);
    // survey pseudonyms are keyed by the host's key too, so the database alone never names a respondent
    PseudonymHostKey pseudonymKey = reflectionKey == null ? null : new PseudonymHostKey(reflectionKey);
    DelegateContext context = new DelegateContext(data, directory, notifications, clock, pseudonymKey);
    ProcessEngine engine = whenMigrated(background, entityManagerFactory, transactions,
        () -> EngineFactory.build(dataSource, transactionManager, DelegateBeans.create(context),
            new HostIdentityProviderFactory(directory), clock, jobExecutor, new OperationsEnginePlugin(meters),
            background::awaitDone));
    if (backgroundJobs) {
      EngineFactory.startJobExecutor(engine);
    }
    FailedSteps failedSteps = new FailedSteps(engine);
    meters.readings(read(transactions, () -> engine.getTaskService().createTaskQuery().count()),
        read(transactions, failedSteps::count), waitingByChannel(data, transactions));
    ProcessLibraries library = ProcessLibraries.on(engine, data.entityManager(), directory, transactions, clock);
    ProcessDeployer.deploy(library);

    AuditTrail audit = new AuditTrail(data.entityManager(), clock);
    AccessPolicy access = new AccessPolicy(directory, audit);
    SurveyForms surveyForms = new SurveyForms(data);
    Stewardship stewardship = new Stewardship(engine.getRuntimeService(), engine.getTaskService(),
        engine.getRepositoryService(), directory, notifications);
    TaskVariables taskVariables = new TaskVariables(engine);
    KickOffWait kickOffWait = new KickOffWait(data, engine.getRuntimeService(), engine.getManagementService());
    EventMoves eventMoves = new EventMoves(context, kickOffWait, clock);
    List<AnswerStore> answerStores = new ArrayList<>(FormHandlers.create(context, taskVariables, audit,
        engine.getRepositoryService(), eventMoves));
    answerStores.add(new EvaluationTasks(data, surveyForms, taskVariables, pseudonymKey, transactions, clock));
    answerStores.add(new PulseAnswers(data, taskVariables, pseudonymKey, transactions, clock));
    EngineHistory history = new EngineHistory(engine.getHistoryService(), data.entityManager());
    RetentionSweep retention = new RetentionSweep(data, history, audit, transactions, clock);
    // with no job executor of its own, Flipside's retries and retention run when the host calls DueWork
    AutoCloseable rounds = backgroundJobs ? new BackgroundRounds()
        .every(Duration.ofSeconds(30), Duration.ofSeconds(30), "The postman's round", postman::deliverDue)
        .every(Duration.ofHours(1), Duration.ofMinutes(1), "The retention sweep", retention::sweep)
        : () -> { };
    TeamVariables team = new TeamVariables(context, engine.getRuntimeService(), engine.getTaskService(),
        engine.getRepositoryService(), engine.getManagementService());
    HostEventsService hostEvents = new HostEventsService(data, engine.getRuntimeService(), engine.getTaskService(),
        directory, stewardship, team, transactions);
    // each API service, once: the plain Java launcher and the OSGi bundle both offer this list
    ApiServices services = new ApiServices()
        .add(ProgrammeService.class, new ProgrammeManagement(data, engine.getRuntimeService(),
            new Timeline(engine.getHistoryService(), engine.getRepositoryService(), engine.getManagementService()),
            directory, access, stewardship, transactions, clock, engine.getRepositoryService(),
            programmeDefaults::get))
        .add(TaskInbox.class, new TaskInboxService(engine.getTaskService(), new InboxPage(dataSource, directory,
            new TaskFormIds(engine.getRepositoryService(), engine.getTaskService())),
            new EngineCommands(engine), taskVariables, new FormCatalog(new TaskForms(engine), surveyForms),
            answerStores, transactions))
        .add(DueWork.class, new DueWorkService(engine.getManagementService(), postman, transactions, retention,
            new EarliestJob(data.entityManager())))
        .add(MatchReview.class, new MatchReviewService(data, directory, access, transactions, clock))
        .add(LearningAgreements.class,
            new LearningAgreementService(data, directory, access, transactions, engine.getRuntimeService(), clock))
        .add(PrivateReflections.class, new PrivateReflectionService(data, transactions,
            reflectionKey == null ? null : new ReflectionCipher(reflectionKey), clock))
        .add(PairSupport.class, new PairSupportService(data, engine.getRuntimeService(), notifications, transactions,
            clock))
        .add(HostEvents.class, hostEvents)
        .add(Concerns.class, new ConcernService(data, directory, access, transactions, engine.getRuntimeService(),
            notifications, clock))
        .add(Reports.class, new ReportsService(data, access, transactions, clock))
        .add(ProcessLibrary.class, library.library())
        .add(Privacy.class, new PrivacyService(data, hostEvents, history, directory, access, audit, transactions,
            pseudonymKey, clock))
        .add(DeliveryTeam.class, new DeliveryTeamService(data, directory, access, notifications, team, transactions,
            clock))
        .add(ProgrammeEvents.class, new ProgrammeEventsService(context, access, transactions, kickOffWait, eventMoves,
            clock))
        .add(Operations.class, new OperationsService(new HealthCheck(dataSource, engine, data.outbox(), transactions,
            watch, failedSteps, learning, backgroundJobs, clock), failedSteps, access, transactions));
    return new FlipsideRuntime(entityManagerFactory, engine, transactions, services, meters, programmeDefaults,
        rounds, onClose);
  }

  /**
   * Builds the engine while the persistence unit is built and Flipside's schema migrates, and returns it when they
   * are done; when any of it fails, closes what the start opened so far and throws the background's failure if it
   * had one (failed migrations stop the start whatever the engine did), else the engine's.
   */
  private static ProcessEngine whenMigrated(BackgroundStart background, EntityManagerFactory entityManagerFactory,
      Transactions transactions, Supplier<ProcessEngine> build) {
    ProcessEngine engine = null;
    try {
      engine = transactions.withPluginClassLoader(build);
      background.awaitDone();
      return engine;
    } catch (RuntimeException | Error failed) {
      try {
        if (engine != null) {
          ProcessEngine built = engine;
          transactions.withPluginClassLoader(() -> {
            built.close();
            return null;
          });
        }
        background.awaitDone();
      } finally {
        entityManagerFactory.close();
      }
      throw failed;
    }
  }

  /** A figure read in a transaction of its own when a meter registry publishes it. */
  private static LongSupplier read(Transactions transactions, LongSupplier figure) {
    return () -> transactions.inTransaction(figure::getAsLong);
  }

  private static Map<OutboundChannel, LongSupplier> waitingByChannel(Repositories data, Transactions transactions) {
    Map<OutboundChannel, LongSupplier> waiting = new EnumMap<>(OutboundChannel.class);
    for (OutboundChannel channel : OutboundChannel.values()) {
      waiting.put(channel, read(transactions, () -> data.outbox().countUndelivered(channel)));
    }
    return waiting;
  }

  /** The API services, each under its interface. */
  public ApiServices services() {
    return services;
  }

  /** Flipside's metrics, which a host's meter registries publish (see {@code MicrometerMeters}). */
  public FlipsideMeters meters() {
    return meters;
  }

  /** New programmes start with these defaults from now on; those created before keep theirs. */
  public void programmeDefaults(ProgrammeDefaults defaults) {
    programmeDefaults.set(defaults);
  }

  @Override
  public void close() {
    release(backgroundRounds);
    transactions.withPluginClassLoader(() -> {
      engine.close();
      return null;
    });
    entityManagerFactory.close();
    release(onClose);
  }

  private static void release(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not release Flipside's resources", e);
    }
  }
}
