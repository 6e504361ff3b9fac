package org.flipside.internal.delegate.sessions;

import java.util.Optional;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;

/**
 * The safeguards on power dynamics that a learning agreement can drop: the guides advise against leaving the
 * meeting invitations to the junior colleague, and for meeting in protected work time. A confirmed version drops one
 * when it moves the arranging onto the junior partner (the one in the lower band; in reverse mentoring, the mentor)
 * or gives up protected time, against the version that held until then or, for a pair's first agreement, the
 * programme's template.
 */
final class AgreementSafeguards {

  private AgreementSafeguards() {}

  /**
   * What the confirmed version drops, as a notification's {@code safeguard} parameter names it ("junior-arranges",
   * "protected-time" or "both"); empty when it keeps every safeguard.
   */
  static Optional<String> dropped(Pairing pairing, LearningAgreement confirmed, Optional<LearningAgreement> earlier) {
    Programme programme = pairing.getCohort().getProgramme();
    ParticipantRole arrangerBefore = earlier.map(LearningAgreement::getArranger)
        .orElse(programme.getAgreementArranger());
    boolean protectedBefore = earlier.map(LearningAgreement::isProtectedTime)
        .orElse(programme.isAgreementProtectedTime());
    ParticipantRole junior = junior(pairing);
    boolean juniorArranges = confirmed.getArranger() == junior && arrangerBefore != junior;
    boolean protectedTimeDropped = protectedBefore && !confirmed.isProtectedTime();
    if (juniorArranges && protectedTimeDropped) {
      return Optional.of("both");
    }
    return juniorArranges ? Optional.of("junior-arranges")
        : protectedTimeDropped ? Optional.of("protected-time") : Optional.empty();
  }

  /** The partner in the lower band; the mentor when both share a band. */
  static ParticipantRole junior(Pairing pairing) {
    return pairing.getMentee().getBand() < pairing.getMentor().getBand() ? ParticipantRole.MENTEE
        : ParticipantRole.MENTOR;
  }
}
