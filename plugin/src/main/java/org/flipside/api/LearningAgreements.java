package org.flipside.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A pair's learning agreement, for its two partners and the programme's manager: every version and
 * who confirmed it, and changes a partner proposes once the sessions have begun. A proposed change
 * becomes a task for the other partner in the {@link TaskInbox} ("Confirm the change to your
 * learning agreement"); until they agree it, the version confirmed before it holds.
 *
 * @since 1.0
 */
@ProviderType
public interface LearningAgreements {

  /**
   * The pairs the actor takes part in, newest first, to find a pairing's id.
   *
   * @param actor any employee
   * @return their pairings, empty when they are in none
   */
  List<Partnership> partnerships(Actor actor);

  /**
   * Every version of the pair's agreement, oldest first.
   *
   * @param actor a partner in the pair, the programme's manager or an HR admin
   * @param pairingId the pairing's id
   * @return the versions, empty before the first draft
   * @throws NotFoundException when there is no such pairing
   * @throws AccessDeniedException when the actor is none of those
   */
  List<AgreementVersion> versions(Actor actor, String pairingId);

  /**
   * Proposes a new version of the agreement during the sessions. It counts as the proposer's
   * confirmation; the other partner is asked to confirm it.
   *
   * @param actor a partner in the pair
   * @param pairingId the pairing's id
   * @param terms what the new version says
   * @return the proposed version, waiting for the other partner
   * @throws NotFoundException when there is no such pairing
   * @throws AccessDeniedException when the actor is not a partner in the pair
   * @throws ValidationException naming each term that is missing or not one the agreement form
   *     offers; nothing is saved
   * @throws FlipsideException when the pair has no confirmed agreement yet, already waits for a
   *     change to be confirmed, or has ended
   */
  AgreementVersion proposeChange(Actor actor, String pairingId, AgreementTerms terms);
}
