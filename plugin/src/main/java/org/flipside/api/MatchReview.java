package org.flipside.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the matching proposed and why, for the HR admin reviewing it: each pair with its score and the rules that
 * made it, and each applicant left without a partner with the reason. The admin acts on it through the review task
 * in the {@link TaskInbox}: publish, lock pairs, rule pairs out, change the rules and propose again.
 *
 * @since 1.0
 */
@ProviderType
public interface MatchReview {

  /**
   * The current cohort's pairs: the proposal under review, or once published, the published pairs.
   *
   * @param actor the programme's manager or an HR admin
   * @param programmeId the programme's id
   * @return the pairs and the unmatched, empty before the first proposal
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not see who is matched with whom
   */
  MatchOverview matches(Actor actor, String programmeId);
}
