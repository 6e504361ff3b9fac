package org.flipside.internal.delegate.support;

import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;

/** One partner of a pairing, the other partner, and how the programme names each one's role. */
record PairSides(Participant self, Participant other) {

  /** The sides seen from the employee, who must be a partner in the pairing. */
  static PairSides of(Pairing pairing, String employeeId) {
    if (pairing.getMentor().getEmployeeId().equals(employeeId)) {
      return new PairSides(pairing.getMentor(), pairing.getMentee());
    }
    if (pairing.getMentee().getEmployeeId().equals(employeeId)) {
      return new PairSides(pairing.getMentee(), pairing.getMentor());
    }
    throw new IllegalStateException(employeeId + " is not a partner in pairing " + pairing.getId());
  }

  /** The role of the employee on this side, as a notification's role parameter names it: "mentor" or "mentee". */
  String selfRole() {
    return self.getRole() == ParticipantRole.MENTOR ? "mentor" : "mentee";
  }
}
