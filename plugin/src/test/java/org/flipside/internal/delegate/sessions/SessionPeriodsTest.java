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
}
