package org.flipside.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.Test;

/** A new programme's defaults refuse what would break retention or anonymity, naming the setting. */
class ProgrammeDefaultsTest {

  @Test
  void refusesARetentionOutsideTheScopingFormsRange() {
    assertThatThrownBy(() -> new ProgrammeDefaults(0, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retentionMonths must be from 1 to 120, not 0");
    assertThatThrownBy(() -> new ProgrammeDefaults(121, 5)).hasMessageStartingWith("retentionMonths");
    assertThat(new ProgrammeDefaults(120, 5).retentionMonths()).isEqualTo(120);
    assertThat(new ProgrammeDefaults(1, 5).retentionMonths()).isEqualTo(1);
  }

  @Test
  void refusesAThresholdThatWouldShowAPartnerTheOthersAnswers() {
    assertThatThrownBy(() -> new ProgrammeDefaults(12, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("anonymityThreshold must be at least 3");
    assertThatThrownBy(() -> new ProgrammeDefaults(12, -1)).hasMessageStartingWith("anonymityThreshold");
    assertThat(new ProgrammeDefaults(12, 3).anonymityThreshold()).isEqualTo(3);
  }

  @Test
  void settingsWithoutProgrammeDefaultsTakeFlipsidesOwn() {
    FlipsideSettings settings = new FlipsideSettings(null, mock(EmployeeDirectory.class), notification -> { },
        invite -> { }, Clock.systemUTC(), true);

    assertThat(settings.programmeDefaults()).isEqualTo(new ProgrammeDefaults(12, 5));
    assertThat(settings.withProgrammeDefaults(new ProgrammeDefaults(24, 7)).withJobExecutor(null)
        .programmeDefaults()).isEqualTo(new ProgrammeDefaults(24, 7));
  }
}
