package org.flipside.internal.service;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flipside.api.Concerns;
import org.flipside.api.DeliveryTeam;
import org.flipside.api.DueWork;
import org.flipside.api.Flipside;
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
import org.flipside.embed.JobExecutorSettings;
import org.flipside.internal.boundary.ApiBoundary;
import org.flipside.internal.delegate.DelegateBeans;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormHandlers;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.BackgroundRounds;
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
import org.flipside.internal.team.TeamVariables;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.persistence.FlipsidePersistence;
import org.flipside.model.OutboundChannel;
import org.flipside.model.persistence.SchemaMigrations;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.Notifier;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.EclipseLinkJpaDialect;

/**
 * A started Flipside: its schema migrated, its engine running with the processes deployed, and the
 * API services wired to them.
 */
public final class FlipsideRuntime implements Flipside {

  private final EntityManagerFactory entityManagerFactory;
  private final ProcessEngine engine;
  private final Transactions transactions;
  private final ProgrammeService programmes;
  private final TaskInbox inbox;
  private final DueWork dueWork;
  private final MatchReview matchReview;
  private final LearningAgreements learningAgreements;
  private final PrivateReflections reflections;
  private final PairSupport pairSupport;
  private final HostEvents hostEvents;
  private final Concerns concerns;
  private final Reports reports;
  private final ProcessLibrary processLibrary;
  private final Privacy privacy;
  private final DeliveryTeam deliveryTeam;
  private final ProgrammeEvents events;
  private final Operations operations;
  private final FlipsideMeters meters;
  private final AutoCloseable backgroundRounds;
  private final AutoCloseable onClose;

  /** Each API service reaches the host through {@link ApiBoundary}. */
  private FlipsideRuntime(EntityManagerFactory entityManagerFactory, ProcessEngine engine,
      Transactions transactions, ProgrammeService programmes, TaskInbox inbox, DueWork dueWork,
      MatchReview matchReview, LearningAgreements learningAgreements, PrivateReflections reflections,
      PairSupport pairSupport, HostEvents hostEvents, Concerns concerns, Reports reports,
      ProcessLibrary processLibrary, Privacy privacy, DeliveryTeam deliveryTeam, ProgrammeEvents events,
      Operations operations, FlipsideMeters meters, AutoCloseable backgroundRounds,
      AutoCloseable onClose) {
    this.entityManagerFactory = entityManagerFactory;
    this.engine = engine;
    this.transactions = transactions;
    this.programmes = ApiBoundary.guard(ProgrammeService.class, programmes);
    this.inbox = ApiBoundary.guard(TaskInbox.class, inbox);
    this.dueWork = ApiBoundary.guard(DueWork.class, dueWork);
    this.matchReview = ApiBoundary.guard(MatchReview.class, matchReview);
    this.learningAgreements = ApiBoundary.guard(LearningAgreements.class, learningAgreements);
    this.reflections = ApiBoundary.guard(PrivateReflections.class, reflections);
    this.pairSupport = ApiBoundary.guard(PairSupport.class, pairSupport);
    this.hostEvents = ApiBoundary.guard(HostEvents.class, hostEvents);
    this.concerns = ApiBoundary.guard(Concerns.class, concerns);
    this.reports = ApiBoundary.guard(Reports.class, reports);
    this.processLibrary = ApiBoundary.guard(ProcessLibrary.class, processLibrary);
    this.privacy = ApiBoundary.guard(Privacy.class, privacy);
    this.deliveryTeam = ApiBoundary.guard(DeliveryTeam.class, deliveryTeam);
    this.events = ApiBoundary.guard(ProgrammeEvents.class, events);
    this.operations = ApiBoundary.guard(Operations.class, operations);
    this.meters = meters;
    this.backgroundRounds = backgroundRounds;
    this.onClose = onClose;
  }

  /**
   * Starts Flipside on a DataSource.
   *
   * @param dataSource a pooled DataSource
   * @param employees the host's directory
   * @param notifier the host's notifier
   * @param calendar the host's calendar gateway
   * @param learning the host's learning system, which it may offer later or not at all
   * @param clock the time Flipside runs on
   * @param backgroundJobs whether the engine runs its own job executor
   * @param jobExecutor how that job executor runs
   * @param reflectionKey the host's AES key for private reflections, or {@code null} to switch them off
   * @param onClose released when Flipside closes, such as an embedded database
   */
  public static FlipsideRuntime start(DataSource dataSource, EmployeeDirectory employees, Notifier notifier,
      CalendarGateway calendar, LearningSystem learning, Clock clock, boolean backgroundJobs,
      JobExecutorSettings jobExecutor, SecretKey reflectionKey, AutoCloseable onClose) {
    // nodes of a cluster start one at a time: Camunda's tables and Flipside's deployments are not theirs to race for
    try (StartupLock startup = StartupLock.acquire(dataSource)) {
      return startAlone(dataSource, employees, notifier, calendar, learning, clock, backgroundJobs, jobExecutor,
          reflectionKey, onClose);
    }
  }

  private static FlipsideRuntime startAlone(DataSource dataSource, EmployeeDirectory employees, Notifier notifier,
      CalendarGateway calendar, LearningSystem learning, Clock clock, boolean backgroundJobs,
      JobExecutorSettings jobExecutor, SecretKey reflectionKey, AutoCloseable onClose) {
    SchemaMigrations.migrate(dataSource);
    FlipsideMeters meters = new FlipsideMeters();
    HostServiceWatch watch = new HostServiceWatch(clock);
    EmployeeDirectory watchedEmployees = watch.watch(EmployeeDirectory.class, employees, OperationalComponent.DIRECTORY);
    EntityManagerFactory entityManagerFactory = FlipsidePersistence.createEntityManagerFactory(dataSource);
    JpaTransactionManager transactionManager = new JpaTransactionManager(entityManagerFactory);
    transactionManager.setDataSource(dataSource);
    // EclipseLink's dialect exposes its JDBC connection, so the engine writes on the same one
    transactionManager.setJpaDialect(new EclipseLinkJpaDialect());
    Transactions transactions = new Transactions(transactionManager);

    Repositories data = Repositories.on(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
    Directory directory = new Directory(watchedEmployees);
    Postman postman = new Postman(data.outbox(), notifier, calendar, learning,
        new NotificationRenderer(directory, new People(data, directory)::nameOf, data.programmes()), clock,
        transactionManager, new DeliveryReceipts(watch, meters));
    Notifications notifications =
        new Notifications(data.outbox(), clock, postman, new CalendarInvites(directory, clock));
    // survey pseudonyms are keyed by the host's key too, so the database alone never names a respondent
    PseudonymHostKey pseudonymKey = reflectionKey == null ? null : new PseudonymHostKey(reflectionKey);
    DelegateContext context = new DelegateContext(data, directory, notifications, clock, pseudonymKey);
    ProcessEngine engine = transactions.withPluginClassLoader(() -> EngineFactory.build(dataSource,
        transactionManager, DelegateBeans.create(context), new HostIdentityProviderFactory(directory), clock,
        backgroundJobs, jobExecutor, new OperationsEnginePlugin(meters)));
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
    List<AnswerStore> answerStores = new ArrayList<>(FormHandlers.create(context, taskVariables, audit,
        engine.getRepositoryService()));
    answerStores.add(new EvaluationTasks(data, surveyForms, engine.getTaskService(), pseudonymKey, transactions, clock));
    answerStores.add(new PulseAnswers(data, engine.getTaskService(), pseudonymKey, transactions, clock));
    EngineHistory history = new EngineHistory(engine.getHistoryService(), data.entityManager());
    RetentionSweep retention = new RetentionSweep(data, history, audit, transactions, clock);
    // with no job executor of its own, Flipside's retries and retention run when the host calls DueWork
    AutoCloseable rounds = backgroundJobs ? new BackgroundRounds()
        .every(Duration.ofSeconds(30), Duration.ofSeconds(30), "The postman's round", postman::deliverDue)
        .every(Duration.ofHours(1), Duration.ofMinutes(1), "The retention sweep", retention::sweep)
        : () -> { };
    HostEventsService hostEvents = new HostEventsService(data, engine.getRuntimeService(), engine.getTaskService(),
        directory, stewardship, transactions);
    return new FlipsideRuntime(
        entityManagerFactory,
        engine,
        transactions,
        new ProgrammeManagement(data, engine.getRuntimeService(), new Timeline(engine.getHistoryService(), engine.getRepositoryService(),
            engine.getManagementService()),
            directory, access, stewardship, transactions, clock, engine.getRepositoryService()),
        new TaskInboxService(engine.getTaskService(), engine.getRuntimeService(), new EngineCommands(engine),
            taskVariables,
            new FormCatalog(new TaskForms(engine), surveyForms),
            answerStores, transactions),
        new DueWorkService(engine.getManagementService(), postman, transactions, retention),
        new MatchReviewService(data, directory, access, transactions, clock),
        new LearningAgreementService(data, directory, access, transactions, engine.getRuntimeService(), clock),
        new PrivateReflectionService(data, transactions,
            reflectionKey == null ? null : new ReflectionCipher(reflectionKey), clock),
        new PairSupportService(data, engine.getRuntimeService(), transactions, clock),
        hostEvents,
        new ConcernService(data, directory, access, transactions, engine.getRuntimeService(), notifications, clock),
        new ReportsService(data, access, transactions, clock),
        library.library(),
        new PrivacyService(data, hostEvents, history, directory, access, audit, transactions, pseudonymKey,
            clock),
        new DeliveryTeamService(data, directory, access, notifications,
            new TeamVariables(data, engine.getRuntimeService()), transactions, clock),
        new ProgrammeEventsService(context, access, transactions, clock),
        new OperationsService(new HealthCheck(dataSource, engine, data.outbox(), transactions, watch, failedSteps,
            learning, backgroundJobs, clock), failedSteps, access, transactions),
        meters,
        rounds,
        onClose);
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

  @Override
  public ProgrammeService programmes() {
    return programmes;
  }

  @Override
  public TaskInbox inbox() {
    return inbox;
  }

  @Override
  public DueWork dueWork() {
    return dueWork;
  }

  @Override
  public MatchReview matchReview() {
    return matchReview;
  }

  @Override
  public LearningAgreements learningAgreements() {
    return learningAgreements;
  }

  @Override
  public PrivateReflections reflections() {
    return reflections;
  }

  @Override
  public PairSupport pairSupport() {
    return pairSupport;
  }

  @Override
  public HostEvents hostEvents() {
    return hostEvents;
  }

  @Override
  public Concerns concerns() {
    return concerns;
  }

  @Override
  public Reports reports() {
    return reports;
  }

  @Override
  public ProcessLibrary processLibrary() {
    return processLibrary;
  }

  @Override
  public Privacy privacy() {
    return privacy;
  }

  @Override
  public DeliveryTeam deliveryTeam() {
    return deliveryTeam;
  }

  @Override
  public ProgrammeEvents events() {
    return events;
  }

  @Override
  public Operations operations() {
    return operations;
  }

  /** Flipside's metrics, to which a host adds its meter registry. */
  public FlipsideMeters meters() {
    return meters;
  }

  @Override
  public void close() {
    release(backgroundRounds);
    meters.close();
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
