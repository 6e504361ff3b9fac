package org.flipside.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * "This pairing isn't working": a partner says so privately, and the programme manager gets a support conversation
 * task in the {@link TaskInbox}, where they decide to continue the pairing, rematch the partner who asked, or close
 * it. The other partner is not told of the request; they hear only what the manager chooses to tell them.
 *
 * @since 1.0
 */
@ProviderType
public interface PairSupport {

  /** Longest note a partner may leave for the programme manager. */
  int MAX_NOTE_LENGTH = 500;

  /**
   * Asks the programme manager for support with a pairing.
   *
   * @param actor one of the pairing's two partners
   * @param pairingId the live pairing
   * @param note a short note for the programme manager alone, never shown to the partner and not a place for what
   *     was said in sessions; may be empty, at most {@link #MAX_NOTE_LENGTH} characters
   * @throws NotFoundException when there is no such pairing
   * @throws AccessDeniedException when the actor is not a partner in it
   * @throws ValidationException when the pairing is no longer live or the note is too long; nothing changes
   */
  void saySupportNeeded(Actor actor, String pairingId, String note);
}
