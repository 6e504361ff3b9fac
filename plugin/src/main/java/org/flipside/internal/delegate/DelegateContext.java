package org.flipside.internal.delegate;

import java.time.Clock;
import java.time.Instant;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/** What every delegate works with: Flipside's data, the host's services and the clock. */
public record DelegateContext(
    Repositories data, Directory directory, Notifications notifications, Clock clock) {

  /** The current time on Flipside's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** The programme, which must exist. */
  public Programme programme(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new IllegalStateException("no programme " + programmeId));
  }

  /** The cohort, which must exist. */
  public Cohort cohort(String cohortId) {
    return data.cohorts().find(cohortId)
        .orElseThrow(() -> new IllegalStateException("no cohort " + cohortId));
  }

  /** The programme's current cohort, which must exist. */
  public Cohort currentCohort(String programmeId) {
    return data.cohorts().findCurrent(programmeId)
        .orElseThrow(() -> new IllegalStateException("programme " + programmeId + " has no cohort"));
  }

  /** The pairing, which must exist. */
  public Pairing pairing(String pairingId) {
    return data.pairings().find(pairingId)
        .orElseThrow(() -> new IllegalStateException("no pairing " + pairingId));
  }
}
