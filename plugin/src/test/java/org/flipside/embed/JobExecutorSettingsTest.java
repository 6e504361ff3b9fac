package org.flipside.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.Test;

/** The job executor's settings refuse what cannot work, naming the setting, and default to Camunda's own. */
class JobExecutorSettingsTest {

  @Test
  void refusesEachImpossibleSettingNamingIt() {
    assertThatThrownBy(() -> new JobExecutorSettings(Duration.ZERO, 3, 3, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lockTime");
    assertThatThrownBy(() -> new JobExecutorSettings(Duration.ofDays(30), 3, 3, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lockTime");
    assertThatThrownBy(() -> new JobExecutorSettings(Duration.ofMinutes(1), 0, 3, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("threads");
    assertThatThrownBy(() -> new JobExecutorSettings(Duration.ofMinutes(1), 3, 0, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("jobsPerAcquisition");
    assertThatThrownBy(() -> new JobExecutorSettings(Duration.ofMinutes(1), 3, 3, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("idleWait");
  }

  @Test
  void settingsWithoutAJobExecutorTakeCamundasDefaults() {
    FlipsideSettings settings = new FlipsideSettings(null, mock(EmployeeDirectory.class), notification -> { },
        invite -> { }, Clock.systemUTC(), true);

    assertThat(settings.jobExecutor()).isEqualTo(JobExecutorSettings.DEFAULTS);
    assertThat(settings.withJobExecutor(new JobExecutorSettings(Duration.ofMinutes(1), 2, 1, Duration.ZERO))
        .withReflectionKey(null).jobExecutor().lockTime()).isEqualTo(Duration.ofMinutes(1));
  }
}
