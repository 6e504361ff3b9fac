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

  /**
   * Lets the line-chain rule stop after some levels of managers and, if asked, lets the top of the organisation (a
   * chief executive or managing director whom everyone reports to) be matched with anyone but their direct reports.
   * The next proposal applies it; each pair it lets through says so among its reasons
   * ({@code exception:line-management-chain}), and the fairness check counts them. The change is audited.
   *
   * @param actor the programme's manager or an HR admin
   * @param programmeId the programme's id
   * @param levels how many levels of managers above each person the rule covers, 1 to 20, or 0 for all of them
   * @param topOfOrganisationMatchable whether the top of the organisation may be matched
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not manage the programme
   * @throws ValidationException naming {@code levels} when it is out of range; nothing changes then
   * @since 1.0
   */
  void limitLineChain(Actor actor, String programmeId, int levels, boolean topOfOrganisationMatchable);

  /**
   * Allows one mentor–mentee pair of the current cohort that a matching rule forbids, recording who allowed it and
   * why; the next proposal may then pair them, and the pair's reasons name each rule it passes only by this
   * allowance ({@code exception:<rule>}). Nobody is ever paired with themselves, and a pair the admin ruled out in
   * a review stays out. The allowance is audited.
   *
   * @param actor the programme's manager or an HR admin
   * @param programmeId the programme's id
   * @param mentorEmployeeId an applicant taking part as a mentor in the current cohort
   * @param menteeEmployeeId an applicant taking part as a mentee in the current cohort
   * @param reason why the pair is allowed, 1 to 2,000 characters; kept in Flipside's tables, never in the engine
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not manage the programme
   * @throws ValidationException naming {@code mentorEmployeeId}, {@code menteeEmployeeId} or {@code reason} when
   *     one is not acceptable, or the programme has no cohort being matched; nothing changes then
   * @since 1.0
   */
  void allowPair(Actor actor, String programmeId, String mentorEmployeeId, String menteeEmployeeId, String reason);
}
