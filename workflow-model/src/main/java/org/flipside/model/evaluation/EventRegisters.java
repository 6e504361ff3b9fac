package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.model.Cohort;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopAttendance;
import org.flipside.model.repository.WorkshopRepository;

/**
 * A cohort's planned events as the report reads them: attendance at those held, from their registers, and those still
 * to come, such as the presentation of the findings. Cancelled events are in neither. This is the one place the
 * report reads events from.
 */
public final class EventRegisters {

  private final EntityManager em;

  public EventRegisters(EntityManager em) {
    this.em = em;
  }

  /**
   * Each event of the cohort held by now, or with its register taken, in the order held, its figures hidden as the
   * threshold requires.
   */
  public List<EventAttendance> of(Cohort cohort, Instant now) {
    int threshold = cohort.getProgramme().getAnonymityThreshold();
    return standing(cohort).filter(workshop -> !upcoming(workshop, now)).map(workshop -> {
      long present = workshop.getAttendances().stream().filter(WorkshopAttendance::isAttended).count();
      long absent = workshop.getAttendances().size() - present;
      return EventAttendance.of(workshop.getTitle(), workshop.getScheduledAt(), present, absent, threshold);
    }).toList();
  }

  /** Each event of the cohort still to come, in date order. */
  public List<UpcomingEvent> upcoming(Cohort cohort, Instant now) {
    return standing(cohort).filter(workshop -> upcoming(workshop, now))
        .map(workshop -> new UpcomingEvent(workshop.getKind(), workshop.getTitle(), workshop.getScheduledAt(),
            workshop.getAudience(), workshop.getNamedInvitees().size(), workshop.getSpeakers().size()))
        .toList();
  }

  private Stream<Workshop> standing(Cohort cohort) {
    return new WorkshopRepository(em).findByCohort(cohort.getId()).stream().filter(workshop -> !workshop.isCancelled());
  }

  private static boolean upcoming(Workshop workshop, Instant now) {
    return workshop.getScheduledAt().isAfter(now) && workshop.getAttendances().isEmpty();
  }
}
