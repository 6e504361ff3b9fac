package org.flipside.internal.service;

import java.util.Collection;
import java.util.Set;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.internal.host.Directory;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.spi.FlipsideRoles;

/**
 * Who may do what, decided from the roles the host's directory grants; and, for what is confidential, a record in
 * the audit trail of who was let read it.
 */
final class AccessPolicy {

  private final Directory directory;
  private final AuditTrail audit;

  AccessPolicy(Directory directory, AuditTrail audit) {
    this.directory = directory;
    this.audit = audit;
  }

  /** Records in the audit trail that the actor, having been let through, reads the subject. */
  void recordRead(Actor actor, AuditedAction action, String subjectId, String programmeId) {
    audit.record(actor, action, subjectId, programmeId);
  }

  private Set<String> rolesOf(Actor actor) {
    return directory.rolesOf(actor.employeeId());
  }

  void requireHrAdmin(Actor actor, String what) {
    if (!rolesOf(actor).contains(FlipsideRoles.HR_ADMIN)) {
      throw new AccessDeniedException(
          actor.employeeId() + " may not " + what + ": that needs the role " + FlipsideRoles.HR_ADMIN);
    }
  }

  boolean canFollowAll(Actor actor) {
    Set<String> roles = rolesOf(actor);
    return roles.contains(FlipsideRoles.HR_ADMIN) || roles.contains(FlipsideRoles.SPONSOR);
  }

  void requireCanFollow(Actor actor, Programme programme) {
    boolean own = actor.employeeId().equals(programme.getProgrammeManagerId())
        || actor.employeeId().equals(programme.getSponsorId());
    if (!own && !canFollowAll(actor)) {
      throw new AccessDeniedException(
          actor.employeeId() + " may not follow programme " + programme.getId()
              + ": that needs the role " + FlipsideRoles.HR_ADMIN + " or " + FlipsideRoles.SPONSOR);
    }
  }

  /** Who is matched with whom is for the programme's manager and HR admins, not for sponsors. */
  void requireCanManage(Actor actor, Programme programme) {
    requireManager(actor, programme, "see the matching of");
  }

  /** Organisational figures are the programme manager's and HR admins' to supply. */
  void requireCanImportOutcomes(Actor actor, Programme programme) {
    requireManager(actor, programme, "import organisational figures for");
  }

  /** A programme's survey questions are its manager's and HR admins' to set. */
  void requireCanEditSurvey(Actor actor, Programme programme) {
    requireManager(actor, programme, "change the survey of");
  }

  /** Pulse answers, even as aggregates, are for those who act on pairings: the programme manager and HR admins. */
  void requireCanReadPulse(Actor actor, Programme programme) {
    requireManager(actor, programme, "read the pulse results of");
  }

  /** A programme's delivery team is its manager's and HR admins' to appoint and withdraw. */
  void requireCanAppoint(Actor actor, Programme programme) {
    requireManager(actor, programme, "appoint or withdraw the delivery team of");
  }

  /**
   * A programme's events are planned by its manager, HR admins and the liaisons appointed to it, who arrange its
   * workshops and meetings.
   *
   * @param liaisonIds the people appointed as the programme's liaison
   */
  void requireCanPlanEvents(Actor actor, Programme programme, Collection<String> liaisonIds) {
    if (!liaisonIds.contains(actor.employeeId())) {
      requireManager(actor, programme, "plan the events of");
    }
  }

  private void requireManager(Actor actor, Programme programme, String what) {
    if (!actor.employeeId().equals(programme.getProgrammeManagerId())
        && !rolesOf(actor).contains(FlipsideRoles.HR_ADMIN)) {
      throw new AccessDeniedException(actor.employeeId() + " may not " + what + " programme "
          + programme.getId() + ": that needs its programme manager or the role " + FlipsideRoles.HR_ADMIN);
    }
  }

  /** What a concern says is for the EDI leads alone. */
  void requireEdiLead(Actor actor) {
    if (!rolesOf(actor).contains(FlipsideRoles.EDI_LEAD)) {
      throw new AccessDeniedException(
          actor.employeeId() + " may not read concerns: that needs the role " + FlipsideRoles.EDI_LEAD);
    }
  }

  /** How many concerns a programme has is for those who follow it and for the EDI leads. */
  void requireCanCountConcerns(Actor actor, Programme programme) {
    if (!rolesOf(actor).contains(FlipsideRoles.EDI_LEAD)) {
      requireCanFollow(actor, programme);
    }
  }

  /** Erasure, exports of others and the audit trail are for the data protection officer and HR admins. */
  void requirePrivacyOfficer(Actor actor, String what) {
    if (actor == null) {
      throw new AccessDeniedException("no acting employee may " + what);
    }
    Set<String> roles = rolesOf(actor);
    if (!roles.contains(FlipsideRoles.DATA_PROTECTION_OFFICER) && !roles.contains(FlipsideRoles.HR_ADMIN)) {
      throw new AccessDeniedException(actor.employeeId() + " may not " + what + ": that needs the role "
          + FlipsideRoles.DATA_PROTECTION_OFFICER + " or " + FlipsideRoles.HR_ADMIN);
    }
  }

  /** An employee exercises their own rights; the data protection officer and HR admins act on their request. */
  void requireSelfOrPrivacyOfficer(Actor actor, String employeeId, String what) {
    if (actor == null || !actor.employeeId().equals(employeeId)) {
      requirePrivacyOfficer(actor, what);
    }
  }
}
