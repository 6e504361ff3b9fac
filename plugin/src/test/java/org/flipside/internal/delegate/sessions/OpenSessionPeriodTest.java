package org.flipside.internal.delegate.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A pair's next period follows on from the last one's end, however late its timer ran. */
class OpenSessionPeriodTest {

  private static final Instant MARCH_END = Instant.parse("2027-04-01T00:00:00Z");

  @Test
  void aPeriodOpenedLateStartsWhenTheLastOneEnded() {
    assertThat(OpenSessionPeriod.followingOn(MARCH_END, Instant.parse("2027-04-20T09:00:00Z"), "P1M"))
        .isEqualTo(MARCH_END);
  }

  @Test
  void afterAWholePeriodMoreHasPassedItStartsNow() {
    Instant now = Instant.parse("2027-05-02T09:00:00Z");
    assertThat(OpenSessionPeriod.followingOn(MARCH_END, now, "P1M")).isEqualTo(now);
    assertThat(OpenSessionPeriod.followingOn(MARCH_END, Instant.parse("2027-04-16T09:00:00Z"), "P2W"))
        .as("a fortnight's rhythm").isEqualTo(Instant.parse("2027-04-16T09:00:00Z"));
  }

  @Test
  void withNoPeriodBeforeOrOneNotYetEndedItStartsNow() {
    Instant now = Instant.parse("2027-03-15T09:00:00Z");
    assertThat(OpenSessionPeriod.followingOn(null, now, "P1M")).isEqualTo(now);
    assertThat(OpenSessionPeriod.followingOn(MARCH_END, now, "P1M")).isEqualTo(now);
  }
}
