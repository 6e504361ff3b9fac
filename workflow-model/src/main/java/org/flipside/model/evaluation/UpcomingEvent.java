package org.flipside.model.evaluation;

import java.time.Instant;
import java.util.Objects;
import org.flipside.model.EventAudience;
import org.flipside.model.WorkshopKind;

/**
 * An event of the cohort still to come when the report was compiled, such as the presentation of its findings: what
 * the report says of it names no one, only how many are invited by name and how many guests come from outside.
 *
 * @param kind what sort of event it is
 * @param title its title, as the cohort's registers show it
 * @param startsAt when it starts
 * @param audience whom it invites from the cohort
 * @param namedParticipants with {@link EventAudience#NAMED}, how many participants it names; otherwise 0
 * @param guests how many guests from outside the directory it has (speakers, trainers, an advisory group)
 */
public record UpcomingEvent(WorkshopKind kind, String title, Instant startsAt, EventAudience audience,
    int namedParticipants, int guests) {

  public UpcomingEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(audience, "audience");
  }
}
