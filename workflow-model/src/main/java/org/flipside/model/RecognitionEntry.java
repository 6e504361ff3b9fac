package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a recognition record in the outbox carries besides its title and text: the programme the
 * mentor took part in, in which role, over which period, and how many sessions the pair held.
 */
@Embeddable
public class RecognitionEntry {

  @Column(name = "recognised_programme_id", length = 36)
  private String programmeId;

  @Column(name = "recognised_programme_name")
  private String programmeName;

  @Column(name = "recognised_role")
  private String role;

  @Column(name = "recognised_from")
  private LocalDate periodFrom;

  @Column(name = "recognised_to")
  private LocalDate periodTo;

  @Column(name = "recognised_sessions")
  private Integer sessionsHeld;

  protected RecognitionEntry() {
  }

  /** An entry for a period that does not end before it starts. */
  public RecognitionEntry(String programmeId, String programmeName, String role, LocalDate periodFrom,
      LocalDate periodTo, int sessionsHeld) {
    this.programmeId = Objects.requireNonNull(programmeId, "programmeId");
    this.programmeName = Objects.requireNonNull(programmeName, "programmeName");
    this.role = Objects.requireNonNull(role, "role");
    this.periodFrom = Objects.requireNonNull(periodFrom, "periodFrom");
    this.periodTo = Objects.requireNonNull(periodTo, "periodTo");
    if (periodTo.isBefore(periodFrom)) {
      throw new IllegalArgumentException("periodTo must not be before periodFrom (" + periodFrom + ") but was " + periodTo);
    }
    if (sessionsHeld < 0) {
      throw new IllegalArgumentException("sessionsHeld must not be negative but was " + sessionsHeld);
    }
    this.sessionsHeld = sessionsHeld;
  }

  public String getProgrammeId() {
    return programmeId;
  }

  public String getProgrammeName() {
    return programmeName;
  }

  public String getRole() {
    return role;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public int getSessionsHeld() {
    return sessionsHeld;
  }
}
