package org.flipside.internal.delegate.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionPeriodsTest {

  @ParameterizedTest(name = "{0} months every {1} is {2} periods")
  @CsvSource({
      "6, P1M, 6",
      "6, P2W, 13",
      "6, P6W, 4",
      "1, P6W, 1",
      "12, P1M, 12"
  })
  void fitsWholeSessionPeriodsIntoTheProgrammesDuration(int months, String cadence, int periods) {
    assertThat(SessionPeriods.planned(months, cadence)).isEqualTo(periods);
  }

  @ParameterizedTest(name = "the midpoint of {0} periods starts period {1}")
  @CsvSource({"6, 4", "13, 7", "4, 3", "2, 2", "1, 1"})
  void theMidpointPulseOpensWithThePeriodThatStartsHalfwayThrough(int planned, int midpoint) {
    assertThat(SessionPeriods.midpoint(planned)).isEqualTo(midpoint);
  }
}
