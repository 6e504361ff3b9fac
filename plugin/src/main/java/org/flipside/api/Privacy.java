package org.flipside.api;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A person's data protection rights, and the audit trail that shows who read what.
 *
 * <p>For the data protection officer (host role {@link org.flipside.spi.FlipsideRoles#DATA_PROTECTION_OFFICER})
 * and HR admins, who act on an employee's request; an employee may also export their own data and withdraw their
 * own consent. Every erasure, export and withdrawal is itself recorded in the audit trail.
 *
 * <p>Retention runs by itself: each programme keeps its personal data for its retention period after it closes
 * (12 months unless the scoping form says otherwise), then {@link DueWork#runDue()} (or Flipside's own job
 * executor) erases it from Flipside's tables and removes the engine's history of the programme; the anonymised
 * evaluation reports stay. The audit trail's entries about the programme go with it.
 *
 * @since 1.0
 */
@ProviderType
public interface Privacy {

  /**
   * Erases an employee on request (the right to erasure). Each live pairing of theirs closes and their partner is
   * rematched or waitlisted, as when an employee leaves; their open steps end, or go back to the role or the
   * programme manager they came from; a programme they manage or sponsor is left with the post vacant. Then their
   * applications, places, concerns, support and coaching requests, posts and co-design reviews are anonymised (they
   * stay, under a pseudonym and without their text, so that the programme's counts and survey figures are
   * unchanged), and their private reflections, their pairs' learning agreements, their messages and the engine's
   * history of their steps are deleted. The audit trail keeps, by id only, that the erasure happened.
   *
   * @param employeeId the host's id of the employee
   * @throws ValidationException naming {@code employeeId} when it is blank or no programme or directory knows it
   * @throws AccessDeniedException unless the actor is a data protection officer or an HR admin
   */
  ErasureOutcome erase(Actor actor, String employeeId);

  /**
   * Everything Flipside holds about an employee, as one JSON document (the right of access): applications, places,
   * pairings, learning agreements, sessions logged, workshops, concerns, support and coaching requests, survey
   * answers that can still be linked to them, ambassador roles, programmes they run, posts they hold, co-design
   * reviews they wrote and messages addressed to them. Nothing about another person: a partner appears as a role,
   * never by name or id. Private reflections are listed by id and date without their text, which is encrypted with
   * a key only the author's own calls use: the author reads it with {@link PrivateReflections#mine}.
   *
   * @throws ValidationException naming {@code employeeId} when it is blank
   * @throws AccessDeniedException unless the actor is the employee, a data protection officer or an HR admin
   */
  PersonalDataExport export(Actor actor, String employeeId);

  /**
   * Withdraws the employee's consent to the use of their protected characteristic: it is deleted from every
   * application of theirs, so no later matching, fairness check or report can use it.
   *
   * @return how many applications held a characteristic that is now gone
   * @throws ValidationException naming {@code employeeId} when it is blank
   * @throws AccessDeniedException unless the actor is the employee, a data protection officer or an HR admin
   */
  int withdrawConsent(Actor actor, String employeeId);

  /**
   * The audit trail between two instants: who read a programme's concerns, a support note, a match review, pulse
   * figures or an evaluation report, and every export, erasure and consent withdrawal, oldest first (entries of the
   * same instant in no particular order). The trail holds
   * ids and times, never what was read. Entries cannot be changed; retention removes a programme's entries with
   * its personal data. Reading the trail is itself recorded.
   *
   * @param from the first instant included
   * @param to the first instant not included
   * @throws ValidationException naming {@code from} or {@code to} when one is missing or {@code to} is before
   *     {@code from}
   * @throws AccessDeniedException unless the actor is a data protection officer or an HR admin
   */
  List<AuditEntry> auditTrail(Actor actor, Instant from, Instant to);
}
