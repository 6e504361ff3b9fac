package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.time.Duration;
import java.time.Instant;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.Test;

/** Concerns, group learning and recognition through the OSGi services of the bundle, inside Apache Felix. */
class PairSupportInFelixOnH2Test extends PairSupportContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> (felix = FelixHost.start(settings)).flipside());
  }

  private FelixHost felix;

  @Test
  void recognitionWaitsWhileTheHostOffersNoLearningSystemAndGoesOutOnceItDoes() {
    felix.withdraw(LearningRecords.class);
    host.pilotInSessions();
    bothPairsMeetInMarch();
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    assertThat(host.learning.delivered()).isEmpty();
    assertThat(host.learning.refused()).as("there was no service to ask").isZero();

    felix.offer(LearningRecords.class);
    host.passTime(Duration.ofHours(1));

    assertThat(host.learning.delivered()).extracting(Recognition::employeeId)
        .containsExactlyInAnyOrder(FINANCE_1, OPS_1);
  }
}
