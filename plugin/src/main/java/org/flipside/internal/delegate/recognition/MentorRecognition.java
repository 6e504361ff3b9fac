package org.flipside.internal.delegate.recognition;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.notification.HostText;
import org.flipside.internal.notification.Wording;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;
import org.flipside.model.RecognitionEntry;
import org.flipside.model.SessionStatus;

/**
 * Sends the host's learning system a recognition record for the mentor of a pair that completed:
 * who, which programme, in which role, over which period and how many sessions were held. It goes
 * through the outbox, so it leaves only if the step that completed the pair commits.
 */
public final class MentorRecognition {

  private final DelegateContext context;

  public MentorRecognition(DelegateContext context) {
    this.context = context;
  }

  /**
   * Queues the record for the mentor of a pair closed before it completed (a rematch or the programme manager's
   * decision), if they took part: at least one session was held.
   */
  public void recogniseIfTookPart(Pairing pairing) {
    if (held(pairing) > 0) {
      recognise(pairing);
    }
  }

  /** Queues the record for the pair's mentor. */
  public void recognise(Pairing pairing) {
    Programme programme = pairing.getCohort().getProgramme();
    LocalDate to = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    LocalDate from = programme.getSessionsStart() != null && programme.getSessionsStart().isBefore(to)
        ? programme.getSessionsStart() : to;
    int held = held(pairing);
    String label = programme.getMentorLabel();
    String mentorId = pairing.getMentor().getEmployeeId();
    context.notifications().recognise(mentorId,
        HostText.RECOGNITION_TITLE.with(Map.of("programme", programme.getName(),
            "role", label == null ? HostText.MENTOR_ROLE_CAPITALISED.alone() : Wording.asWritten(capitalised(label)))),
        HostText.RECOGNITION_DESCRIPTION.with(Map.of("mentor", context.directory().nameOf(mentorId),
            "role", label == null ? HostText.MENTOR_ROLE.alone() : Wording.asWritten(label),
            "programme", programme.getName(), "from", from, "to", to, "held", held)),
        new RecognitionEntry(programme.getId(), programme.getName(), label == null ? "mentor" : label, from, to, held));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private int held(Pairing pairing) {
    return (int) context.data().sessions().findByPairing(pairing.getId()).stream()
        .filter(session -> session.getStatus() == SessionStatus.HELD)
        .count();
  }
}
