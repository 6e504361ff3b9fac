package org.flipside.internal.osgi;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.embed.ProgrammeDefaults;
import org.flipside.internal.reflection.ReflectionKeys;

/**
 * What {@link FlipsideConfiguration} says, checked and typed as the plain Java launcher's settings take it.
 *
 * @param backgroundJobs whether Flipside's own job executor runs timed work
 * @param reflectionKey the key read from the key file, or {@code null} when none is named
 * @param jobExecutor how the job executor runs
 * @param programmeDefaults what a new programme starts with, which a running Flipside takes without a restart
 */
record RuntimeSettings(boolean backgroundJobs, SecretKey reflectionKey, JobExecutorSettings jobExecutor,
    ProgrammeDefaults programmeDefaults) {

  /** The deprecated framework properties are these attributes' names under this prefix. */
  static final String FRAMEWORK_PROPERTY_PREFIX = "flipside.";

  /**
   * Reads the configuration; where a deprecated framework property (looked up by its name) is set, it wins over the
   * configuration's default. A host with a configuration passes a lookup that finds none.
   *
   * @throws IllegalArgumentException naming the attribute and what is wrong with it
   */
  static RuntimeSettings of(FlipsideConfiguration configuration, Function<String, String> frameworkProperty) {
    Function<String, String> deprecated = name -> frameworkProperty.apply(FRAMEWORK_PROPERTY_PREFIX + name);
    String jobs = or(deprecated.apply("jobs"), configuration.jobs());
    if (!jobs.equals(FlipsideConfiguration.FLIPSIDE_RUNS_JOBS) && !jobs.equals(FlipsideConfiguration.HOST_RUNS_JOBS)) {
      throw new IllegalArgumentException("jobs must be " + FlipsideConfiguration.FLIPSIDE_RUNS_JOBS + " or "
          + FlipsideConfiguration.HOST_RUNS_JOBS + ", not '" + jobs + "'");
    }
    String keyFile = or(deprecated.apply("reflections.keyFile"), configuration.reflections_keyFile()).strip();
    return new RuntimeSettings(
        jobs.equals(FlipsideConfiguration.FLIPSIDE_RUNS_JOBS),
        keyFile.isEmpty() ? null : ReflectionKeys.fromFile(Path.of(keyFile)),
        new JobExecutorSettings(
            duration("jobs.lockTime", or(deprecated.apply("jobs.lockTime"), configuration.jobs_lockTime())),
            number("jobs.threads", deprecated.apply("jobs.threads"), configuration.jobs_threads()),
            number("jobs.perAcquisition", deprecated.apply("jobs.perAcquisition"),
                configuration.jobs_perAcquisition()),
            duration("jobs.idleWait", or(deprecated.apply("jobs.idleWait"), configuration.jobs_idleWait()))),
        programmeDefaults(configuration));
  }

  /** Whether a runtime started on these settings runs as one started on those, whatever their programme defaults. */
  boolean runsAs(RuntimeSettings other) {
    return backgroundJobs == other.backgroundJobs && Objects.equals(reflectionKey, other.reflectionKey)
        && jobExecutor.equals(other.jobExecutor);
  }

  /** The programme defaults; their own check names the field, which is the attribute's last part. */
  private static ProgrammeDefaults programmeDefaults(FlipsideConfiguration configuration) {
    try {
      return new ProgrammeDefaults(configuration.programmeDefaults_retentionMonths(),
          configuration.programmeDefaults_anonymityThreshold());
    } catch (IllegalArgumentException wrong) {
      throw new IllegalArgumentException("programmeDefaults." + wrong.getMessage(), wrong);
    }
  }

  private static String or(String deprecated, String configured) {
    return deprecated == null ? configured : deprecated;
  }

  private static Duration duration(String attribute, String value) {
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException wrong) {
      throw new IllegalArgumentException(attribute + " must be an ISO-8601 duration such as PT1M, not '" + value + "'");
    }
  }

  private static int number(String attribute, String deprecated, int configured) {
    try {
      return deprecated == null ? configured : Integer.parseInt(deprecated.strip());
    } catch (NumberFormatException wrong) {
      throw new IllegalArgumentException(attribute + " must be a whole number, not '" + deprecated + "'");
    }
  }
}
