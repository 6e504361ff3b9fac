package org.flipside.embed;

import java.time.Clock;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Notifier;
import org.jspecify.annotations.Nullable;

/**
 * What a plain-Java host hands to {@link EmbeddedFlipside#start(FlipsideSettings)}.
 *
 * @param dataSource a pooled DataSource, or {@code null} for an embedded in-memory H2 database
 * @param directory the host's employee directory
 * @param notifier delivers messages to employees
 * @param calendar delivers calendar invites to employees
 * @param clock the time Flipside runs on; the system clock in production, a simulated one in the
 *     sandbox
 * @param backgroundJobs whether Flipside runs its own job executor; {@code false} when the host
 *     drives timed work through {@link org.flipside.api.DueWork}
 * @param reflectionKey the AES key (128 to 256 bits) that encrypts partners' private reflections,
 *     or {@code null} to switch reflections off. Keep it where the host keeps its secrets, never in
 *     the database Flipside writes to: whoever can read that database must not be able to read a
 *     reflection. Losing the key loses the reflections. The same key, under a label of its own, keys
 *     the survey pseudonyms, so that the database alone cannot name a respondent: without it no survey
 *     can be answered.
 * @param learningRecords records mentors' recognition in the host's learning system, or {@code null}
 *     when the host has none: the records then wait in Flipside's outbox
 * @param jobExecutor how the job executor runs when {@code backgroundJobs} is on; {@code null} for
 *     {@link JobExecutorSettings#DEFAULTS}. Nodes of a cluster should share it
 * @param programmeDefaults what a new programme starts with (its retention, its anonymity threshold); {@code null}
 *     for {@link ProgrammeDefaults#DEFAULTS}. Nodes of a cluster should share it (since 1.1)
 * @since 1.0
 */
public record FlipsideSettings(
    @Nullable DataSource dataSource,
    EmployeeDirectory directory,
    Notifier notifier,
    CalendarGateway calendar,
    Clock clock,
    boolean backgroundJobs,
    @Nullable SecretKey reflectionKey,
    @Nullable LearningRecords learningRecords,
    JobExecutorSettings jobExecutor,
    ProgrammeDefaults programmeDefaults) {

  /** Checks the host services are there, naming the one missing. */
  public FlipsideSettings {
    new HostServices(directory, notifier, calendar, dataSource, clock, learningRecords); // checks them
    jobExecutor = jobExecutor == null ? JobExecutorSettings.DEFAULTS : jobExecutor;
    programmeDefaults = programmeDefaults == null ? ProgrammeDefaults.DEFAULTS : programmeDefaults;
  }

  /**
   * Settings on the host's services.
   *
   * @since 1.1
   */
  public FlipsideSettings(HostServices host, boolean backgroundJobs, @Nullable SecretKey reflectionKey,
      @Nullable JobExecutorSettings jobExecutor, @Nullable ProgrammeDefaults programmeDefaults) {
    this(host.dataSource(), host.directory(), host.notifier(), host.calendar(), host.clock(), backgroundJobs,
        reflectionKey, host.learningRecords(), jobExecutor, programmeDefaults);
  }

  /** Settings with Flipside's {@link ProgrammeDefaults#DEFAULTS}. */
  public FlipsideSettings(@Nullable DataSource dataSource, EmployeeDirectory directory, Notifier notifier,
      CalendarGateway calendar, Clock clock, boolean backgroundJobs, @Nullable SecretKey reflectionKey,
      @Nullable LearningRecords learningRecords, @Nullable JobExecutorSettings jobExecutor) {
    this(dataSource, directory, notifier, calendar, clock, backgroundJobs, reflectionKey, learningRecords,
        jobExecutor, null);
  }

  /** Settings with the job executor's defaults. */
  public FlipsideSettings(@Nullable DataSource dataSource, EmployeeDirectory directory, Notifier notifier,
      CalendarGateway calendar, Clock clock, boolean backgroundJobs, @Nullable SecretKey reflectionKey,
      @Nullable LearningRecords learningRecords) {
    this(dataSource, directory, notifier, calendar, clock, backgroundJobs, reflectionKey, learningRecords, null);
  }

  /** Settings without a reflection key or a learning system: private reflections are switched off. */
  public FlipsideSettings(@Nullable DataSource dataSource, EmployeeDirectory directory, Notifier notifier,
      CalendarGateway calendar, Clock clock, boolean backgroundJobs) {
    this(dataSource, directory, notifier, calendar, clock, backgroundJobs, null, null, null);
  }

  /**
   * The host's services these settings name.
   *
   * @since 1.1
   */
  public HostServices host() {
    return new HostServices(directory, notifier, calendar, dataSource, clock, learningRecords);
  }

  /** The same settings with a key for private reflections. */
  public FlipsideSettings withReflectionKey(SecretKey key) {
    return new FlipsideSettings(dataSource, directory, notifier, calendar, clock, backgroundJobs, key,
        learningRecords, jobExecutor, programmeDefaults);
  }

  /** The same settings with the host's learning system. */
  public FlipsideSettings withLearningRecords(LearningRecords records) {
    return new FlipsideSettings(dataSource, directory, notifier, calendar, clock, backgroundJobs, reflectionKey,
        records, jobExecutor, programmeDefaults);
  }

  /** The same settings with the job executor run this way. */
  public FlipsideSettings withJobExecutor(JobExecutorSettings settings) {
    return new FlipsideSettings(dataSource, directory, notifier, calendar, clock, backgroundJobs, reflectionKey,
        learningRecords, settings, programmeDefaults);
  }

  /**
   * The same settings with new programmes starting with these defaults.
   *
   * @since 1.1
   */
  public FlipsideSettings withProgrammeDefaults(ProgrammeDefaults defaults) {
    return new FlipsideSettings(dataSource, directory, notifier, calendar, clock, backgroundJobs, reflectionKey,
        learningRecords, jobExecutor, defaults);
  }
}
