package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.Cohort;
import org.flipside.model.WorkshopAttendance;
import org.flipside.model.repository.WorkshopRepository;

/**
 * Attendance at a cohort's events, read from their registers: today the workshops' (kick-offs and knowledge
 * sessions). {@link #of} is the one place the report reads events from.
 */
public final class EventRegisters {

  private final EntityManager em;

  public EventRegisters(EntityManager em) {
    this.em = em;
  }

  /** Each event of the cohort in the order held, its figures hidden as the threshold requires. */
  public List<EventAttendance> of(Cohort cohort) {
    int threshold = cohort.getProgramme().getAnonymityThreshold();
    return new WorkshopRepository(em).findByCohort(cohort.getId()).stream().map(workshop -> {
      long present = workshop.getAttendances().stream().filter(WorkshopAttendance::isAttended).count();
      long absent = workshop.getAttendances().size() - present;
      return EventAttendance.of(workshop.getTitle(), workshop.getScheduledAt(), present, absent, threshold);
    }).toList();
  }
}
