package org.flipside.internal.service;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flipside.api.Concerns;
import org.flipside.api.DueWork;
import org.flipside.api.Flipside;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.PrivateReflections;
import org.flipside.api.HostEvents;
import org.flipside.api.PairSupport;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeService;
import org.flipside.api.Reports;
import org.flipside.api.TaskInbox;
import org.flipside.internal.delegate.DelegateBeans;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormHandlers;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.EngineClock;
import org.flipside.internal.engine.EngineFactory;
import org.flipside.internal.engine.ProcessDeployer;
import org.flipside.internal.engine.TaskForms;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.host.CalendarInvites;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.host.Postman;
import org.flipside.internal.host.PostmanRounds;
import org.flipside.internal.identity.HostIdentityProviderFactory;
import org.flipside.internal.library.ProcessLibraries;
import org.flipside.internal.reflection.ReflectionCipher;
import org.flipside.model.persistence.FlipsidePersistence;
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
  private final AutoCloseable postmanRounds;
  private final AutoCloseable onClose;

  private FlipsideRuntime(EntityManagerFactory entityManagerFactory, ProcessEngine engine,
      Transactions transactions, ProgrammeService programmes, TaskInbox inbox, DueWork dueWork,
      MatchReview matchReview, LearningAgreements learningAgreements, PrivateReflections reflections,
      PairSupport pairSupport, HostEvents hostEvents, Concerns concerns, Reports reports,
      ProcessLibrary processLibrary, AutoCloseable postmanRounds, AutoCloseable onClose) {
    this.entityManagerFactory = entityManagerFactory;
    this.engine = engine;
    this.transactions = transactions;
    this.programmes = programmes;
    this.inbox = inbox;
    this.dueWork = dueWork;
    this.matchReview = matchReview;
    this.learningAgreements = learningAgreements;
    this.reflections = reflections;
    this.pairSupport = pairSupport;
    this.hostEvents = hostEvents;
    this.concerns = concerns;
    this.reports = reports;
    this.processLibrary = processLibrary;
    this.postmanRounds = postmanRounds;
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
   * @param reflectionKey the host's AES key for private reflections, or {@code null} to switch them off
   * @param onClose released when Flipside closes, such as an embedded database
   */
  public static FlipsideRuntime start(DataSource dataSource, EmployeeDirectory employees, Notifier notifier,
      CalendarGateway calendar, LearningSystem learning, Clock clock, boolean backgroundJobs, SecretKey reflectionKey,
      AutoCloseable onClose) {
    EngineClock.install(clock);
    SchemaMigrations.migrate(dataSource);
    EntityManagerFactory entityManagerFactory = FlipsidePersistence.createEntityManagerFactory(dataSource);
    JpaTransactionManager transactionManager = new JpaTransactionManager(entityManagerFactory);
    transactionManager.setDataSource(dataSource);
    // EclipseLink's dialect exposes its JDBC connection, so the engine writes on the same one
    transactionManager.setJpaDialect(new EclipseLinkJpaDialect());
    Transactions transactions = new Transactions(transactionManager);

    Repositories data = Repositories.on(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
    Directory directory = new Directory(employees);
    Postman postman = new Postman(data.outbox(), notifier, calendar, learning, clock, transactionManager);
    Notifications notifications =
        new Notifications(data.outbox(), clock, postman, new CalendarInvites(directory, clock));
    DelegateContext context = new DelegateContext(data, directory, notifications, clock);
    ProcessEngine engine = transactions.withPluginClassLoader(() -> EngineFactory.build(dataSource,
        transactionManager, DelegateBeans.create(context), new HostIdentityProviderFactory(directory), backgroundJobs));
    ProcessLibraries library = ProcessLibraries.on(engine, data.entityManager(), directory, transactions, clock);
    ProcessDeployer.deploy(library);

    AccessPolicy access = new AccessPolicy(directory);
    SurveyForms surveyForms = new SurveyForms(data);
    Stewardship stewardship = new Stewardship(engine.getRuntimeService(), engine.getTaskService(),
        engine.getRepositoryService(), directory, notifications);
    TaskVariables taskVariables = new TaskVariables(engine);
    List<AnswerStore> answerStores = new ArrayList<>(FormHandlers.create(context, taskVariables));
    answerStores.add(new EvaluationTasks(data, surveyForms, engine.getTaskService(), clock));
    answerStores.add(new PulseAnswers(data, engine.getTaskService(), clock));
    // with no job executor of its own, Flipside's retries run when the host calls DueWork
    AutoCloseable rounds = backgroundJobs ? new PostmanRounds(postman) : () -> { };
    return new FlipsideRuntime(
        entityManagerFactory,
        engine,
        transactions,
        new ProgrammeManagement(data, engine.getRuntimeService(), new Timeline(engine.getHistoryService()),
            directory, access, stewardship, transactions, clock),
        new TaskInboxService(engine.getTaskService(), taskVariables,
            new FormCatalog(new TaskForms(engine), surveyForms),
            answerStores, transactions),
        new DueWorkService(engine.getManagementService(), postman, transactions),
        new MatchReviewService(data, directory, access, transactions),
        new LearningAgreementService(data, directory, access, transactions, engine.getRuntimeService(), clock),
        new PrivateReflectionService(data, transactions,
            reflectionKey == null ? null : new ReflectionCipher(reflectionKey), clock),
        new PairSupportService(data, engine.getRuntimeService(), transactions, clock),
        new HostEventsService(data, engine.getRuntimeService(), engine.getTaskService(), directory, stewardship,
            transactions),
        new ConcernService(data, directory, access, transactions, engine.getRuntimeService(), notifications, clock),
        new ReportsService(data, engine.getTaskService(), access, transactions, clock),
        library.library(),
        rounds,
        onClose);
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
  public void close() {
    release(postmanRounds);
    transactions.withPluginClassLoader(() -> {
      engine.close();
      return null;
    });
    entityManagerFactory.close();
    EngineClock.uninstall();
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
