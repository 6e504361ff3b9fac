package org.flipside.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates programmes and reports where they are.
 *
 * @since 1.0
 */
@ProviderType
public interface ProgrammeService {

  /**
   * Creates a programme and starts its lifecycle at pilot scoping, with the acting HR admin as its
   * programme manager.
   *
   * @param actor an employee holding {@link org.flipside.spi.FlipsideRoles#HR_ADMIN}
   * @param programme what the programme is
   * @return the new programme
   * @throws ValidationException naming each bad field
   * @throws AccessDeniedException when the actor is not an HR admin
   */
  ProgrammeSummary create(Actor actor, NewProgramme programme);

  /**
   * Lists the programmes the employee may follow: all of them for HR admins and sponsors.
   *
   * @param actor the employee
   * @return the programmes, newest first
   */
  List<ProgrammeSummary> programmes(Actor actor);

  /**
   * A programme's stage and figures.
   *
   * @param actor an HR admin or sponsor
   * @param programmeId the programme's id
   * @return the status
   */
  ProgrammeStatus status(Actor actor, String programmeId);

  /**
   * Everything that happened in a programme, oldest first: stages entered and left, steps taken.
   *
   * @param actor an HR admin or sponsor
   * @param programmeId the programme's id
   * @return the timeline
   */
  List<TimelineEntry> timeline(Actor actor, String programmeId);

  /**
   * Appoints a programme's manager or sponsor, to hand the post over or to fill it after its holder left. The open
   * steps of the post move to the new holder: those the previous holder had, or, for a vacant post, those waiting
   * with the HR admins. Later steps of the post go to the new holder. The new holder is told.
   *
   * @param actor an employee holding {@link org.flipside.spi.FlipsideRoles#HR_ADMIN}
   * @param programmeId the programme's id
   * @param steward which post
   * @param employeeId the host's id of an employed employee, not the holder already
   * @return the programme's status, naming both holders
   * @throws ValidationException naming {@code steward}, {@code employeeId} (among others, an applicant or participant
   *     of the current cohort appointed programme manager, who would see their own pairing) or {@code programmeId} (a
   *     programme that has ended); nothing changes
   * @throws AccessDeniedException when the actor is not an HR admin
   * @throws NotFoundException when there is no such programme
   */
  ProgrammeStatus appoint(Actor actor, String programmeId, Steward steward, String employeeId);

  /**
   * The sponsor's latest rollout decision: continue, expand or stop, the rationale, whether mentors cascade and
   * recruitment recurs yearly, the bands recruited from, and the ambassadors who accepted.
   *
   * @param actor an HR admin or sponsor, or the programme's manager or sponsor
   * @param programmeId the programme's id
   * @return the decision, or empty before the first one
   * @throws AccessDeniedException when the actor may not follow the programme
   */
  Optional<RolloutDecision> rollout(Actor actor, String programmeId);

  /**
   * What the programme's scoping decided, as its sponsor signs it off: goals with their horizons and targets, the
   * gap analysis and the staff networks' part, who is invited and how many are eligible on each side today, the
   * cohort, its dates and bands, and the matching rules.
   *
   * @param actor an HR admin or sponsor, or the programme's manager or sponsor
   * @param programmeId the programme's id
   * @return the scope, with {@code null} for what scoping has not set yet
   * @throws AccessDeniedException when the actor may not follow the programme
   * @throws NotFoundException when there is no such programme
   * @since 1.1
   */
  ProgrammeScope scope(Actor actor, String programmeId);

  /**
   * The programme's survey: the standard questions, then those the programme added, in the order asked.
   *
   * @param actor an HR admin or the programme's manager
   * @param programmeId the programme's id
   * @return the questions
   * @throws AccessDeniedException for anyone else
   */
  List<SurveyQuestion> surveyQuestions(Actor actor, String programmeId);

  /**
   * Adds a question to the programme's baseline and final surveys. Every survey of a programme asks the same
   * questions, so this is refused once the first baseline survey has opened.
   *
   * @param actor an HR admin or the programme's manager
   * @param programmeId the programme's id
   * @param question the question
   * @return the question as the survey asks it
   * @throws ValidationException naming each bad field ({@code key}, {@code text}, {@code kind}), or
   *     {@code survey} once the baseline survey opened; nothing is saved then
   * @throws AccessDeniedException for anyone else
   */
  SurveyQuestion addSurveyQuestion(Actor actor, String programmeId, NewSurveyQuestion question);
}
