package org.flipside.internal.osgi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.sql.DataSource;
import org.flipside.api.Concerns;
import org.flipside.api.DueWork;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.PrivateReflections;
import org.flipside.api.HostEvents;
import org.flipside.api.PairSupport;
import org.flipside.api.Privacy;
import org.flipside.api.DeliveryTeam;
import org.flipside.api.Operations;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.Reports;
import org.flipside.api.ProgrammeService;
import org.flipside.api.TaskInbox;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.internal.reflection.ReflectionKeys;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.service.FlipsideRuntime;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Notifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside inside the host's OSGi framework: it starts once the host offers its directory,
 * notifier, calendar gateway and DataSource, registers Flipside's API as services, and stops
 * (engine, job executor and all) when any of them goes away, to start again when it returns.
 *
 * <p>A host may offer a {@link LearningRecords} service for mentors' recognition, at any time; without
 * one, recognition records wait in the outbox and the log says so.
 *
 * <p>A host may also offer a {@link Clock} service for Flipside to run on, and may set the framework
 * property {@value #JOBS_PROPERTY} to {@code host} to run timed work itself through {@link DueWork}
 * instead of Flipside's own job executor. Private reflections are encrypted with the AES key in the
 * file the framework property {@value #REFLECTION_KEY_FILE_PROPERTY} names (base64): a host keeps
 * it with its other secrets, outside the database Flipside writes to; without it reflections are
 * switched off.
 *
 * <p>The job executor runs as {@link JobExecutorSettings#DEFAULTS} unless the framework properties {@value
 * #LOCK_TIME_PROPERTY} and {@value #IDLE_WAIT_PROPERTY} (ISO-8601 durations such as {@code PT1M}), {@value
 * #THREADS_PROPERTY} and {@value #JOBS_PER_ACQUISITION_PROPERTY} say otherwise; every node of a cluster should set
 * the same.
 */
@Component(immediate = true)
public final class FlipsideComponent {

  /** Framework property: {@code host} leaves timed work to the host's scheduler. */
  public static final String JOBS_PROPERTY = "flipside.jobs";

  /** Framework property: the file holding the AES key for private reflections, in base64. */
  public static final String REFLECTION_KEY_FILE_PROPERTY = "flipside.reflections.keyFile";

  /** Framework property: how long a node holds a job it took, as an ISO-8601 duration. */
  public static final String LOCK_TIME_PROPERTY = "flipside.jobs.lockTime";

  /** Framework property: how many jobs a node runs at once. */
  public static final String THREADS_PROPERTY = "flipside.jobs.threads";

  /** Framework property: how many due jobs a node takes in one round. */
  public static final String JOBS_PER_ACQUISITION_PROPERTY = "flipside.jobs.perAcquisition";

  /** Framework property: how long a node waits after a round found nothing due, as an ISO-8601 duration. */
  public static final String IDLE_WAIT_PROPERTY = "flipside.jobs.idleWait";

  private static final Logger LOG = LoggerFactory.getLogger(FlipsideComponent.class);

  private final LearningSystem learning = new LearningSystem(null);
  private final FlipsideRuntime runtime;
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
  private volatile boolean stopped;

  /** Starts Flipside on the host's services. */
  @Activate
  public FlipsideComponent(
      BundleContext bundle,
      @Reference EmployeeDirectory directory,
      @Reference Notifier notifier,
      @Reference CalendarGateway calendar,
      @Reference DataSource dataSource,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
    boolean backgroundJobs = !"host".equals(bundle.getProperty(JOBS_PROPERTY));
    LOG.info("Starting Flipside on the host's directory, notifier, calendar gateway and DataSource; "
        + "timed work run by {}", backgroundJobs ? "Flipside's job executor" : "the host");
    String keyFile = bundle.getProperty(REFLECTION_KEY_FILE_PROPERTY);
    if (keyFile == null) {
      LOG.info("Private reflections are switched off: the framework property {} names no key file",
          REFLECTION_KEY_FILE_PROPERTY);
    }
    runtime = FlipsideRuntime.start(dataSource, directory, notifier, calendar, learning,
        clock == null ? Clock.systemUTC() : clock, backgroundJobs, jobExecutor(bundle),
        keyFile == null ? null : ReflectionKeys.fromFile(Path.of(keyFile)), () -> { });
    try {
      Dictionary<String, Object> properties = new Hashtable<>();
      properties.put("service.vendor", "Flipside");
      registrations.add(bundle.registerService(ProgrammeService.class, runtime.programmes(), properties));
      registrations.add(bundle.registerService(TaskInbox.class, runtime.inbox(), properties));
      registrations.add(bundle.registerService(DueWork.class, runtime.dueWork(), properties));
      registrations.add(bundle.registerService(MatchReview.class, runtime.matchReview(), properties));
      registrations.add(bundle.registerService(LearningAgreements.class, runtime.learningAgreements(), properties));
      registrations.add(bundle.registerService(PrivateReflections.class, runtime.reflections(), properties));
      registrations.add(bundle.registerService(PairSupport.class, runtime.pairSupport(), properties));
      registrations.add(bundle.registerService(HostEvents.class, runtime.hostEvents(), properties));
      registrations.add(bundle.registerService(Concerns.class, runtime.concerns(), properties));
      registrations.add(bundle.registerService(Reports.class, runtime.reports(), properties));
      registrations.add(bundle.registerService(ProcessLibrary.class, runtime.processLibrary(), properties));
      registrations.add(bundle.registerService(Privacy.class, runtime.privacy(), properties));
      registrations.add(bundle.registerService(DeliveryTeam.class, runtime.deliveryTeam(), properties));
      registrations.add(bundle.registerService(ProgrammeEvents.class, runtime.events(), properties));
      registrations.add(bundle.registerService(Operations.class, runtime.operations(), properties));
    } catch (RuntimeException e) {
      // DS does not deactivate a component whose activation failed: release the engine here
      stop();
      throw e;
    }
  }

  /** The host's learning system arrives, now or while Flipside runs. */
  @Reference(name = "learningRecords", cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC, unbind = "learningRecordsWithdrawn")
  void learningRecordsOffered(LearningRecords records) {
    learning.offer(records);
    LOG.info("The host offers its LearningRecords service: mentors' recognition records go to it");
  }

  void learningRecordsWithdrawn(LearningRecords records) {
    learning.withdraw(records);
    // while the component stops its references go anyway: no news
    if (!learning.isOffered() && !stopped) {
      reportNoLearningSystem();
    }
  }

  /** Called by DS once the optional references are bound: says so when there is no learning system. */
  @Activate
  void checkLearningSystem() {
    if (!learning.isOffered()) {
      reportNoLearningSystem();
    }
  }

  private static void reportNoLearningSystem() {
    LOG.warn("The host offers no LearningRecords service: mentors' recognition records wait in Flipside's "
        + "outbox until one is registered");
  }

  /** Withdraws the API and stops the engine; the data stays in the host's database. */
  private static JobExecutorSettings jobExecutor(BundleContext bundle) {
    JobExecutorSettings defaults = JobExecutorSettings.DEFAULTS;
    try {
      return new JobExecutorSettings(
          duration(bundle, LOCK_TIME_PROPERTY, defaults.lockTime()),
          number(bundle, THREADS_PROPERTY, defaults.threads()),
          number(bundle, JOBS_PER_ACQUISITION_PROPERTY, defaults.jobsPerAcquisition()),
          duration(bundle, IDLE_WAIT_PROPERTY, defaults.idleWait()));
    } catch (IllegalArgumentException | DateTimeParseException wrong) {
      throw new IllegalArgumentException("the framework properties " + LOCK_TIME_PROPERTY + ", " + THREADS_PROPERTY
          + ", " + JOBS_PER_ACQUISITION_PROPERTY + " and " + IDLE_WAIT_PROPERTY + ": " + wrong.getMessage(), wrong);
    }
  }

  private static Duration duration(BundleContext bundle, String property, Duration fallback) {
    String value = bundle.getProperty(property);
    return value == null ? fallback : Duration.parse(value);
  }

  private static int number(BundleContext bundle, String property, int fallback) {
    String value = bundle.getProperty(property);
    return value == null ? fallback : Integer.parseInt(value.trim());
  }

  @Deactivate
  public void stop() {
    stopped = true;
    registrations.forEach(ServiceRegistration::unregister);
    registrations.clear();
    runtime.close();
    LOG.info("Flipside stopped");
  }
}
