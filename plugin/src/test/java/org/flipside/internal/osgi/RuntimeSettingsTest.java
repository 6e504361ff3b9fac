package org.flipside.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.embed.ProgrammeDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flipside's OSGi configuration read as the plain Java launcher's settings: its defaults are the launcher's, a wrong
 * value is refused naming its attribute, and the deprecated framework properties count only where a host sets them.
 */
class RuntimeSettingsTest {

  private static final Map<String, String> NO_FRAMEWORK_PROPERTIES = Map.of();

  @Test
  void noConfigurationRunsAsThePlainJavaLauncherDoesByDefault() {
    RuntimeSettings settings = RuntimeSettings.of(configuration(Map.of()), NO_FRAMEWORK_PROPERTIES::get);

    assertThat(settings.backgroundJobs()).isTrue();
    assertThat(settings.reflectionKey()).isNull();
    assertThat(settings.jobExecutor()).isEqualTo(JobExecutorSettings.DEFAULTS);
    assertThat(settings.programmeDefaults()).isEqualTo(ProgrammeDefaults.DEFAULTS);
  }

  @Test
  void newProgrammeDefaultsNeedNoRestartAndAnythingElseDoes() {
    RuntimeSettings running = RuntimeSettings.of(configuration(Map.of()), NO_FRAMEWORK_PROPERTIES::get);
    RuntimeSettings defaults = RuntimeSettings.of(configuration(Map.of("programmeDefaults_retentionMonths", 24,
        "programmeDefaults_anonymityThreshold", 7)), NO_FRAMEWORK_PROPERTIES::get);

    assertThat(defaults.programmeDefaults()).isEqualTo(new ProgrammeDefaults(24, 7));
    assertThat(defaults.runsAs(running)).isTrue();
    assertThat(RuntimeSettings.of(configuration(Map.of("jobs", "host")), NO_FRAMEWORK_PROPERTIES::get)
        .runsAs(running)).isFalse();
    assertThat(RuntimeSettings.of(configuration(Map.of("jobs_threads", 4)), NO_FRAMEWORK_PROPERTIES::get)
        .runsAs(running)).isFalse();
  }

  @Test
  void theConfigurationSaysWhoRunsTimedWorkAndHowTheExecutorRuns() {
    RuntimeSettings settings = RuntimeSettings.of(configuration(Map.of("jobs", "host", "jobs_lockTime", "PT1M",
        "jobs_threads", 5, "jobs_perAcquisition", 2, "jobs_idleWait", "PT0.5S")), NO_FRAMEWORK_PROPERTIES::get);

    assertThat(settings.backgroundJobs()).isFalse();
    assertThat(settings.jobExecutor())
        .isEqualTo(new JobExecutorSettings(Duration.ofMinutes(1), 5, 2, Duration.ofMillis(500)));
  }

  @Test
  void theReflectionKeyIsReadFromTheFileTheConfigurationNames(@TempDir Path folder) throws Exception {
    byte[] key = new byte[32];
    key[0] = 7;
    Path file = Files.writeString(folder.resolve("key.b64"), Base64.getEncoder().encodeToString(key),
        StandardCharsets.US_ASCII);

    RuntimeSettings settings =
        RuntimeSettings.of(configuration(Map.of("reflections_keyFile", file.toString())), NO_FRAMEWORK_PROPERTIES::get);

    assertThat(settings.reflectionKey().getEncoded()).isEqualTo(key);
  }

  @Test
  void aWrongValueIsRefusedNamingItsAttribute() {
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of("jobs", "sometimes")),
        NO_FRAMEWORK_PROPERTIES::get)).hasMessageStartingWith("jobs must be flipside or host");
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of("jobs_lockTime", "5 minutes")),
        NO_FRAMEWORK_PROPERTIES::get)).hasMessageStartingWith("jobs.lockTime must be an ISO-8601 duration");
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of("jobs_threads", 0)),
        NO_FRAMEWORK_PROPERTIES::get)).hasMessageStartingWith("threads must be at least 1");
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of()), Map.of("flipside.jobs.threads", "many")::get))
        .hasMessageStartingWith("jobs.threads must be a whole number");
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of("programmeDefaults_anonymityThreshold", 2)),
        NO_FRAMEWORK_PROPERTIES::get)).hasMessageStartingWith("programmeDefaults.anonymityThreshold must be at least 3");
    assertThatThrownBy(() -> RuntimeSettings.of(configuration(Map.of("programmeDefaults_retentionMonths", -1)),
        NO_FRAMEWORK_PROPERTIES::get)).hasMessageStartingWith("programmeDefaults.retentionMonths must be from 1");
  }

  @Test
  void aDeprecatedFrameworkPropertyCountsWhereTheHostSetsIt() {
    RuntimeSettings settings = RuntimeSettings.of(configuration(Map.of()),
        Map.of("flipside.jobs", "host", "flipside.jobs.threads", "7")::get);

    assertThat(settings.backgroundJobs()).isFalse();
    assertThat(settings.jobExecutor().threads()).isEqualTo(7);
    assertThat(settings.jobExecutor().lockTime()).isEqualTo(JobExecutorSettings.DEFAULTS.lockTime());
  }

  /** The configuration DS would hand the component: these values, and each other attribute's default. */
  private static FlipsideConfiguration configuration(Map<String, Object> values) {
    return (FlipsideConfiguration) Proxy.newProxyInstance(FlipsideConfiguration.class.getClassLoader(),
        new Class<?>[] {FlipsideConfiguration.class},
        (proxy, method, arguments) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
  }
}
