package org.flipside.model.evaluation;

import java.time.Instant;
import java.util.Objects;

/**
 * How many came to one of the cohort's events, as its register says.
 *
 * @param title the event's title
 * @param heldAt when it was held
 * @param registered how many people its register lists, 0 when no register was recorded
 * @param attended how many of them came; hidden when they, or those who did not come, are fewer than the
 *     programme's threshold (but not none), since so few could be told apart
 */
public record EventAttendance(String title, Instant heldAt, long registered, Reported<Long> attended) {

  public EventAttendance {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heldAt, "heldAt");
    Objects.requireNonNull(attended, "attended");
  }

  /**
   * One event's figures as the report may show them.
   *
   * @param present how many the register marks present
   * @param absent how many it marks absent
   */
  public static EventAttendance of(String title, Instant heldAt, long present, long absent, int threshold) {
    boolean small = Participation.tooFew(present, threshold) || Participation.tooFew(absent, threshold);
    return new EventAttendance(title, heldAt, present + absent,
        small ? Reported.hidden(Suppression.PRIMARY) : Reported.shown(present));
  }

  public boolean hasRegister() {
    return registered > 0;
  }
}
