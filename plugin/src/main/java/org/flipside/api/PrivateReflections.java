package org.flipside.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A partner's private reflections on their mentoring: notes only their author can ever read, kept
 * encrypted under a key the host holds outside Flipside's database. Not even the partner, the
 * programme manager or an HR admin can read them. Flipside never stores what was said in a
 * session; a reflection is the author's own note, for themselves.
 *
 * @since 1.0
 */
@ProviderType
public interface PrivateReflections {

  /**
   * Keeps a reflection.
   *
   * @param actor a partner in the pair, who becomes its only reader
   * @param pairingId the pairing it is about
   * @param text the reflection, 1 to 4,000 characters
   * @return the stored reflection
   * @throws NotFoundException when there is no such pairing
   * @throws AccessDeniedException when the actor is not a partner in the pair
   * @throws ValidationException when the text is blank or too long; nothing is saved
   * @throws FlipsideException when the host has supplied no key for reflections
   */
  Reflection write(Actor actor, String pairingId, String text);

  /**
   * The actor's own reflections on a pairing, oldest first.
   *
   * @param actor any employee
   * @param pairingId the pairing's id
   * @return only reflections the actor wrote
   * @throws FlipsideException when the host has supplied no key, or another key than the one
   *     they were written with
   */
  List<Reflection> mine(Actor actor, String pairingId);

  /**
   * One reflection, for its author.
   *
   * @param actor the reflection's author
   * @param reflectionId its id
   * @return the reflection
   * @throws NotFoundException when there is no such reflection
   * @throws AccessDeniedException when the actor is not its author, whatever their role
   */
  Reflection read(Actor actor, String reflectionId);
}
