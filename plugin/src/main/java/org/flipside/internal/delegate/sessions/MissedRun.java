package org.flipside.internal.delegate.sessions;

import java.util.List;
import org.flipside.model.SessionRecord;
import org.flipside.model.SessionStatus;

/** How many periods in a row, counting back from the latest, a pair has gone without a session. */
final class MissedRun {

  private MissedRun() {}

  static int of(List<SessionRecord> recordsByPeriod) {
    int run = 0;
    for (int i = recordsByPeriod.size() - 1; i >= 0 && recordsByPeriod.get(i).getStatus() == SessionStatus.MISSED; i--) {
      run++;
    }
    return run;
  }
}
