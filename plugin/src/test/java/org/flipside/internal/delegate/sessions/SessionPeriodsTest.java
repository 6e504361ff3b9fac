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

  @ParameterizedTest(name = "a pair meeting every {0} in a programme of at least every {1}: check-in after {2} missed")
  @CsvSource({
      "P1M, P1M, 2",
      "P2W, P1M, 3",
      "P1W, P1M, 5",
      "P1W, P2W, 3",
      "P6W, P6W, 2"
  })
  void theCheckInComesWhenMissedPeriodsOutlastTheProgrammesMinimum(String pair, String minimum, int missed) {
    assertThat(SessionPeriods.checkInAfterMissed(pair, minimum)).isEqualTo(missed);
  }

  @ParameterizedTest(name = "every {0} against a minimum of every {1}: {2}")
  @CsvSource({"P2W, P1M, true", "P4W, P1M, true", "P1M, P1M, true", "P5W, P1M, false", "P6W, P1M, false"})
  void aPairMeetsTheMinimumWhenItMeetsAtLeastAsOften(String cadence, String minimum, boolean meets) {
    assertThat(SessionPeriods.meetsAtLeast(cadence, minimum)).isEqualTo(meets);
  }

  @ParameterizedTest(name = "{0} months, after period {1} of {2} every {3}, now every {4}: {5} periods")
  @CsvSource({
      "6, 0, 6, P1M, P2W, 13",
      "6, 2, 6, P1M, P2W, 11",
      "6, 6, 6, P1M, P2W, 6",
      "6, 4, 13, P2W, P1M, 8"
  })
  void aNewFrequencyReplansTheTimeLeft(int months, int current, int plannedBefore, String before, String after,
      int planned) {
    assertThat(SessionPeriods.replanned(months, current, plannedBefore, before, after)).isEqualTo(planned);
  }
}
