package org.flipside.internal.delegate.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flipside.api.FieldError;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.report.ReportCompilation;
import org.flipside.model.Workshop;

/**
 * The one way a planned event moves, whether the programme team moves it through {@link ProgrammeEvents} or a liaison
 * changes a kick-off workshop in their plan step: the new times and place are checked, the invites go out again with
 * the next {@code SEQUENCE}, the lifecycle's waits on the kick-offs follow ({@link KickOffWait}), and a report already
 * compiled for the cohort shows the event as it now stands.
 */
public final class EventMoves {

  private final DelegateContext context;
  private final KickOffWait kickOffWait;
  private final Clock clock;
  private final ReportCompilation reports = new ReportCompilation();

  public EventMoves(DelegateContext context, KickOffWait kickOffWait, Clock clock) {
    this.context = context;
    this.kickOffWait = kickOffWait;
    this.clock = clock;
  }

  /**
   * Moves the event, keeping its place when none is given.
   *
   * @throws ValidationException naming {@code start}, {@code end}, {@code place} or {@code eventId}; nothing changes
   */
  public void move(Workshop event, Instant start, Instant end, String place) {
    List<FieldError> errors = new ArrayList<>();
    EventPlanCheck check = new EventPlanCheck(context.directory(), clock.instant(), errors);
    check.times(start, end);
    String newPlace = place == null ? event.getPlace()
        : check.text("place", place, ProgrammeEvents.MAX_PLACE_LENGTH, true);
    check.standing(event);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    event.move(start, (int) Duration.between(start, end).toMinutes(), newPlace);
    EventInvitations.moved(context, event);
    kickOffWait.follow(event);
    changed(event);
  }

  /** A report already compiled for the event's cohort shows it as it now stands: held, still to come or gone. */
  public void changed(Workshop event) {
    reports.recompile(context.data().entityManager(), event.getCohort(), clock.instant());
  }
}
