package org.flipside.model.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flipside.model.Application;
import org.flipside.model.Cohort;
import org.flipside.model.MeetingFormat;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;

/** Small builders for valid entities, so tests only spell out what they are about. */
public final class Fixtures {

  /** A fixed moment; whole microseconds because PostgreSQL's TIMESTAMP keeps no finer precision. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");

  private Fixtures() {
  }

  public static Instant minutesAfterT0(long minutes) {
    return T0.plus(minutes, ChronoUnit.MINUTES);
  }

  public static Programme programme(String name, Instant createdAt) {
    return new Programme(name, ProgrammeMode.REVERSE, "RACE,DISABILITY", "Mentor", "Leader", "pm-1", "sponsor-1",
        createdAt);
  }

  public static Cohort cohort(Programme programme, int number) {
    return new Cohort(programme, number, T0.plus(14, ChronoUnit.DAYS), T0);
  }

  public static Application application(Cohort cohort, String employeeId, ParticipantRole role, int band,
      Instant submittedAt) {
    return new Application(cohort, employeeId, role, band, "dept-" + employeeId, "race, class", "finance",
        role == ParticipantRole.MENTEE ? "finance" : null, MeetingFormat.ONLINE, "I want to help", false, null,
        submittedAt);
  }
}
