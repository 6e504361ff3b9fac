package org.flipside.model;

import java.util.Objects;

/** The short note a partner leaves with a request about their pairing: for support, or for coaching. */
final class PartnerNote {

  private PartnerNote() {}

  /**
   * The note as kept, after checking who leaves it.
   *
   * @return the note stripped, or null when the partner wrote none
   * @throws IllegalArgumentException when the requester is not a partner in the pairing or the note is too long
   */
  static String of(Pairing pairing, String requestedBy, String note, int maxLength) {
    Objects.requireNonNull(pairing, "pairing");
    if (pairing.roleOf(Objects.requireNonNull(requestedBy, "requestedBy")).isEmpty()) {
      throw new IllegalArgumentException(requestedBy + " is not a partner in pairing " + pairing.getId());
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > maxLength) {
      throw new IllegalArgumentException("note must be at most " + maxLength + " characters");
    }
    return text.isEmpty() ? null : text;
  }
}
