package org.flipside.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The evaluation report of a programme, the organisational figures it compares, and the midpoint pulse.
 *
 * <p>The report is compiled at the end of each cohort's evaluation, once the HR admin has grouped the feedback
 * into themes. Survey figures in it are anonymous: every group with fewer responses than the programme's
 * threshold is hidden, with whatever would give it away.
 *
 * @since 1.0
 */
@ProviderType
public interface Reports {

  /**
   * The latest evaluation report of the programme, for its sponsor, its manager and HR admins.
   *
   * @throws NotFoundException when there is no such programme, or no cohort has a report yet
   * @throws AccessDeniedException when the actor is not the programme's sponsor or manager and holds neither the HR
   *     admin nor the sponsor role
   */
  EvaluationDocument evaluationReport(Actor actor, String programmeId);

  /**
   * Imports organisational figures from CSV text: the baseline at scoping, the same figures again at evaluation.
   * The report shows the latest of each side by side. The header row names the columns {@code
   * measure,group,band,value,people}, in any order; {@code measure} is {@code representation}, {@code
   * equal_opportunities} or {@code network_size}; {@code band} and {@code people} may be empty:
   *
   * <pre>
   * measure,group,band,value,people
   * representation,BME,Bands 8-9 and VSM,2.07,
   * representation,BME,Whole workforce,11.05,
   * equal_opportunities,BME,,67,
   * network_size,BME staff network,,6,
   * </pre>
   *
   * @param stage when the figures were taken
   * @param period what the figures describe, as the report labels them, such as "2015"
   * @param csv the file's text
   * @throws ValidationException naming each problem, a place in the file as "line N, column C"; nothing is saved
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   */
  void importOutcomes(Actor actor, String programmeId, OutcomeStage stage, String period, String csv);

  /**
   * Imports organisational figures taken at one point (the baseline, an evaluation, or a follow-up after the
   * report), as {@link #importOutcomes(Actor, String, OutcomeStage, String, String)} does; {@code measure} may also
   * be the code of a measure the programme defined, whose figures may leave {@code group} empty when they describe
   * the whole organisation:
   *
   * <pre>
   * measure,group,band,value,people
   * leaders_in_staff_comms,,,12,
   * network_size,BME staff network,,44,
   * </pre>
   *
   * The report shows every measure as a series over the points; a report already compiled is compiled again with
   * the new figures.
   *
   * @throws ValidationException naming each problem, a place in the file as "line N, column C", or the point's
   *     field ("stage", "period"); nothing is saved
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   * @since 1.1
   */
  void importOutcomesAt(Actor actor, String programmeId, OutcomePoint point, String csv);

  /**
   * Defines an organisational measure of the programme's own, besides the three built in.
   *
   * @throws ValidationException naming each bad field ("code", "label", "unit", "description"); nothing is saved
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   * @since 1.1
   */
  OrganisationalMeasure defineMeasure(Actor actor, String programmeId, NewOutcomeMeasure measure);

  /**
   * The measures the programme records figures for: the three built in, then its own in the order defined.
   *
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not follow the programme
   * @since 1.1
   */
  List<OrganisationalMeasure> outcomeMeasures(Actor actor, String programmeId);

  /**
   * Records a leaders' follow-on commitment; the report lists it, and a report already compiled is compiled again.
   *
   * @throws ValidationException naming each bad field ("description", "madeBy", "status"); nothing is saved
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   * @since 1.1
   */
  Commitment recordCommitment(Actor actor, String programmeId, NewCommitment commitment);

  /**
   * Moves a commitment to a new status (planned, in progress, done, dropped); the report follows.
   *
   * @throws ValidationException when the status is missing; nothing changes
   * @throws NotFoundException when there is no such programme, or it has no such commitment
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   * @since 1.1
   */
  Commitment updateCommitment(Actor actor, String programmeId, String commitmentId, CommitmentStatus status);

  /**
   * The programme's commitments in the order recorded.
   *
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not follow the programme
   * @since 1.1
   */
  List<Commitment> commitments(Actor actor, String programmeId);

  /**
   * A cohort's midpoint pulse answers as anonymous figures: per question, for mentors, mentees and both together,
   * how many answered, the mean and how many gave each score. For the programme's manager and HR admins, who act on
   * pairings that are not working; not for sponsors, who read the evaluation report. The figures show once the
   * pulse has closed for every partner of the cohort; until then each is withheld.
   *
   * @param cohortNumber the cohort, 1 for the pilot
   * @throws ValidationException when the programme id is missing or the cohort number is below 1; nothing is read
   * @throws NotFoundException when there is no such programme or it has no such cohort
   * @throws AccessDeniedException when the actor is neither the programme's manager nor an HR admin
   */
  PulseResults pulseResults(Actor actor, String programmeId, int cohortNumber);
}
