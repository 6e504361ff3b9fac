package org.flipside.internal.delegate.workshops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.FieldError;
import org.flipside.internal.host.Directory;
import org.flipside.model.ExternalSpeaker;
import org.flipside.model.Workshop;

/** Checks an event's plan or change field by field, collecting a {@link FieldError} for each problem. */
public final class EventPlanCheck {

  /** Something, an at sign, something with a dot: enough to catch a name typed where the address goes. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Directory directory;
  private final Instant now;
  private final List<FieldError> errors;

  public EventPlanCheck(Directory directory, Instant now, List<FieldError> errors) {
    this.directory = directory;
    this.now = now;
    this.errors = errors;
  }

  public void kind(EventKind kind) {
    if (kind == null) {
      errors.add(new FieldError("kind", "is required"));
    }
  }

  /** The text stripped; a problem when it is required and blank, or too long. */
  public String text(String field, String text, int maxLength, boolean required) {
    String stripped = text == null ? "" : text.strip();
    if (required && stripped.isEmpty()) {
      errors.add(new FieldError(field, "is required"));
    } else if (stripped.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return stripped;
  }

  public void times(Instant start, Instant end) {
    if (start == null) {
      errors.add(new FieldError("start", "is required"));
    } else if (!start.isAfter(now)) {
      errors.add(new FieldError("start", start + " is in the past: an event is planned for the future"));
    }
    if (end == null) {
      errors.add(new FieldError("end", "is required"));
    } else if (start != null && !end.isAfter(start)) {
      errors.add(new FieldError("end", end + " is not after the start " + start));
    }
  }

  /** The facilitators, each an employee the directory knows and who still works here. */
  public List<String> facilitators(List<String> employeeIds) {
    List<String> facilitators = new ArrayList<>();
    for (String employeeId : employeeIds == null ? List.<String>of() : employeeIds) {
      if (employeeId == null || !directory.isEmployed(employeeId)) {
        errors.add(new FieldError("facilitatorIds", "unknown facilitator " + employeeId
            + ": facilitators are employees in the directory; add outside speakers as guests"));
      } else if (!facilitators.contains(employeeId)) {
        facilitators.add(employeeId);
      }
    }
    return facilitators;
  }

  public List<ExternalSpeaker> guests(List<EventGuest> guests) {
    List<ExternalSpeaker> speakers = new ArrayList<>();
    for (EventGuest guest : guests == null ? List.<EventGuest>of() : guests) {
      String name = guest == null || guest.name() == null ? "" : guest.name().strip();
      String email = guest == null || guest.email() == null ? "" : guest.email().strip();
      if (name.isEmpty() || name.length() > 255) {
        errors.add(new FieldError("guests", "each guest needs a name of at most 255 characters"));
      } else if (!EMAIL.matcher(email).matches() || email.length() > 320) {
        errors.add(new FieldError("guests", "guest " + name + " needs an e-mail address, not '" + email + "'"));
      } else {
        speakers.add(new ExternalSpeaker(name, email));
      }
    }
    return speakers;
  }

  public void audience(EventAudience audience, List<String> namedAttendeeIds) {
    boolean named = namedAttendeeIds != null && !namedAttendeeIds.isEmpty();
    if (audience == null) {
      errors.add(new FieldError("audience", "is required"));
    } else if (audience == EventAudience.NAMED && !named) {
      errors.add(new FieldError("namedAttendeeIds", "name at least one participant for a named audience"));
    } else if (audience != EventAudience.NAMED && named) {
      errors.add(new FieldError("namedAttendeeIds", "only a named audience lists its attendees"));
    }
  }

  /** A cancelled event can be neither moved, cancelled again nor registered. */
  public void standing(Workshop event) {
    if (event.isCancelled()) {
      errors.add(new FieldError("eventId", "the event was cancelled at " + event.getCancelledAt()));
    }
  }
}
