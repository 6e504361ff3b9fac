package org.flipside.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the host tells Flipside about its people. A host that knows an employee has left or changed role must report
 * it, so that nobody waits on a step that person will never take:
 *
 * <ul>
 *   <li>a leaver's live pairings close, each partner is told and rematched if the matching finds someone free
 *       (otherwise waitlisted), the leaver stops taking part, and every open step of theirs ends (an invitation to
 *       apply, a final survey, a pair's steps) or, if it belongs to a role such as HR admin, goes back to that role;
 *   <li>after a role change the employee's live pairings close the same way (the match was made on their former
 *       band, department and reporting line, which may now break the matching rules) and they go on the waitlist
 *       to be matched again in a later cohort; their other steps, such as the final survey, stay theirs;
 *   <li>a leaver who managed or sponsored a programme leaves that post vacant: the HR admins are told, and the
 *       post's open and later steps are offered to them until one of them appoints someone through
 *       {@link ProgrammeService#appoint}.
 * </ul>
 *
 * <p>Reporting the same event again changes nothing. The host calls these as itself: there is no acting employee.
 *
 * @since 1.0
 */
@ProviderType
public interface HostEvents {

  /**
   * The employee has left the organisation.
   *
   * @param employeeId the host's id of the leaver, who may already be gone from the directory
   * @return what changed; nothing on a repeated report
   * @throws ValidationException naming {@code employeeId} when neither the directory nor any programme knows them
   */
  HostEventOutcome employeeLeft(String employeeId);

  /**
   * The employee has moved to another role.
   *
   * @param employeeId the host's id of the employee
   * @return what changed; nothing on a repeated report
   * @throws ValidationException naming {@code employeeId} when neither the directory nor any programme knows them
   */
  HostEventOutcome employeeChangedRole(String employeeId);
}
