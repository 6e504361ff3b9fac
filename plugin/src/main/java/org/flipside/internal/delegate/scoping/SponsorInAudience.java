package org.flipside.internal.delegate.scoping;

import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.model.Programme;

/**
 * A sponsor whom the scope invites to apply. Their post sees no pairing, so they may take part; the sign-off says
 * they are within the audience, so that nobody is surprised to see the sponsor among the applicants.
 *
 * @param name the sponsor's name as the directory gives it
 * @param side the side the scope invites them to ({@link Decisions#AS_MENTOR} and so on)
 */
record SponsorInAudience(String name, String side) {

  /** The line of the sign-off's "Who is invited" list. */
  String line(Programme programme) {
    String invited = switch (side) {
      case Decisions.AS_MENTOR -> "as a " + programme.getMentorLabel();
      case Decisions.AS_MENTEE -> "as a " + programme.getMenteeLabel();
      default -> "as a " + programme.getMentorLabel() + " or a " + programme.getMenteeLabel();
    };
    return "- The sponsor, " + name + ", is within the audience, invited " + invited + ": the sponsor's post shows"
        + " no one's pairing, so they may apply like anyone invited\n";
  }
}
