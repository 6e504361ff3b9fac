package org.flipside.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recognition record for a mentor whose pair completed a programme: a learning credit or
 * certificate for the host's learning system.
 *
 * @param id a unique id: Flipside retries a record the host did not accept, and sends one again, with
 *     the same id, that the host took just before Flipside stopped or failed to record it (at most a few
 *     at a time), so a host can use the id to ignore a second copy
 * @param employeeId the employee id of the mentor
 * @param programmeId Flipside's id of the programme
 * @param programmeName the programme's name
 * @param role the role the employee held, in the programme's words (such as {@code reverse mentor})
 * @param periodFrom the first day of the pair's mentoring
 * @param periodTo the day the pair completed
 * @param sessionsHeld how many sessions the pair recorded as held
 * @param title a one-line title for the record, such as a certificate's heading
 * @param description what the employee did, in a sentence or two; never what was said in a session
 * @since 1.0
 */
public record Recognition(String id, String employeeId, String programmeId, String programmeName, String role,
    LocalDate periodFrom, LocalDate periodTo, int sessionsHeld, String title, String description) {

  /** Checks that every field is present and the period and count make sense. */
  public Recognition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(programmeId, "programmeId");
    Objects.requireNonNull(programmeName, "programmeName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(periodFrom, "periodFrom");
    Objects.requireNonNull(periodTo, "periodTo");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (periodTo.isBefore(periodFrom)) {
      throw new IllegalArgumentException("periodTo must not be before periodFrom (" + periodFrom + ") but was " + periodTo);
    }
    if (sessionsHeld < 0) {
      throw new IllegalArgumentException("sessionsHeld must not be negative but was " + sessionsHeld);
    }
  }
}
