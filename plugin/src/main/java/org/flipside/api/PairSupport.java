package org.flipside.api;

import org.flipside.model.PartnerRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Support a partner asks for, privately: "this pairing isn't working", for the programme manager, who gets a support
 * conversation task in the {@link TaskInbox} where they decide to continue the pairing, rematch the partner who
 * asked, or close it; and coaching, for the programme's coaches ({@link DeliveryRole#COACH}). The other partner is
 * not told of either request; they hear only what the manager chooses to tell them.
 *
 * @since 1.0
 */
@ProviderType
public interface PairSupport {

  /**
   * Longest note a partner may leave for the programme manager, or for the coaches: {@value}.
   *
   * <p>Declared once, as the width of the note's column; a compile-time constant, so the compiler copies the value
   * into this interface: neither the exported API nor its bundle imports Flipside's private model.
   */
  int MAX_NOTE_LENGTH = PartnerRequest.MAX_NOTE_LENGTH;

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

  /**
   * Asks the programme's coaches for coaching. Each coach is told who asks (never the note) and offered the request
   * in their {@link TaskInbox}; the first to answer takes it, arranging a session or handing the request to the
   * programme manager, and the partner who asked is told which. A coach who is withdrawn or leaves is no longer
   * offered it; when no coach is left, the programme manager is. A coach sees who asks and their pairing, and nothing
   * of its session logs, reflections, concerns or survey answers.
   *
   * @param actor one of the pairing's two partners
   * @param pairingId the live pairing
   * @param note a short note for the coaches alone, never shown to the partner and not a place for what was said in
   *     sessions; erased once a coach answers; may be empty, at most {@link #MAX_NOTE_LENGTH} characters
   * @throws NotFoundException when there is no such pairing
   * @throws AccessDeniedException when the actor is not a partner in it
   * @throws ValidationException when the pairing is no longer live, the programme has no coach (field
   *     {@code pairingId}), or the note is too long; nothing changes
   * @since 1.1
   */
  void askForCoaching(Actor actor, String pairingId, String note);
}
