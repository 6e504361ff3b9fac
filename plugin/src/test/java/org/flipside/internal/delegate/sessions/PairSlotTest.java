package org.flipside.internal.delegate.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairSlotTest {

  /** A Friday. */
  private static final Instant FRIDAY = Instant.parse("2027-03-05T09:00:00Z");

  @Test
  void theFirstHalfDayBothPartnersDeclaredWins() {
    assertThat(PairSlot.suggest(FRIDAY, Set.of("mon-am", "wed-pm"), Set.of("tue-am", "wed-pm")))
        .isEqualTo(Instant.parse("2027-03-10T14:00:00Z"));
  }

  @Test
  void withNothingInCommonTheArrangersOwnSlotComesBeforeThePartners() {
    assertThat(PairSlot.suggest(FRIDAY, Set.of("thu-am"), Set.of("mon-pm")))
        .isEqualTo(Instant.parse("2027-03-11T10:00:00Z"));
    assertThat(PairSlot.suggest(FRIDAY, Set.of(), Set.of("mon-pm")))
        .isEqualTo(Instant.parse("2027-03-08T14:00:00Z"));
  }

  @Test
  void withNoAvailabilityDeclaredItIsTheNextWorkingMorning() {
    assertThat(PairSlot.suggest(FRIDAY, Set.of(), Set.of())).isEqualTo(Instant.parse("2027-03-08T10:00:00Z"));
  }

  @Test
  void theSlotIsNeverToday() {
    Instant mondayMorning = Instant.parse("2027-03-08T07:00:00Z");
    assertThat(PairSlot.suggest(mondayMorning, Set.of("mon-pm"), Set.of("mon-pm")))
        .isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
  }
}
