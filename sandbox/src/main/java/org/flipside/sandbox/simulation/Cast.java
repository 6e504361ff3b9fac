package org.flipside.sandbox.simulation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flipside.sandbox.organisation.SyntheticOrganisation;
import org.flipside.spi.FlipsideRoles;

/**
 * Who is who in the simulated programme: the staff who run it, the employees who applied and on
 * which side, and those known to be in a pair, whose inboxes the simulation checks most often.
 */
final class Cast {

  private final SyntheticOrganisation organisation;
  private final SortedMap<String, ApplicantRole> applicants = new TreeMap<>();
  private final SortedSet<String> paired = new TreeSet<>();
  private final Map<String, String> partners = new HashMap<>();

  Cast(SyntheticOrganisation organisation) {
    this.organisation = organisation;
  }

  /**
   * Who deploys the diagrams the simulation was given: the process owner, or in an organisation too small to have
   * one, the programme manager, whom HR admin rights let deploy too.
   */
  String processOwnerId() {
    return organisation.holdersOf(FlipsideRoles.PROCESS_OWNER).stream().findFirst().orElse(programmeManagerId());
  }

  /** The HR admin who creates and manages the programme: the first admin in id order. */
  String programmeManagerId() {
    return organisation.hrAdminIds().get(0);
  }

  /** The EDI lead who receives concerns. */
  String ediLeadId() {
    return organisation.holdersOf(FlipsideRoles.EDI_LEAD).get(0);
  }

  String sponsorId() {
    return organisation.sponsorId();
  }

  boolean isStaff(String employeeId) {
    return organisation.hrAdminIds().contains(employeeId) || organisation.sponsorId().equals(employeeId);
  }

  void applied(String employeeId, ApplicantRole role) {
    applicants.put(employeeId, role);
  }

  Optional<ApplicantRole> roleOf(String employeeId) {
    return Optional.ofNullable(applicants.get(employeeId));
  }

  boolean hasApplied(String employeeId) {
    return applicants.containsKey(employeeId);
  }

  /** Notes employees as members of a pair. */
  void inPair(Iterable<String> employeeIds) {
    employeeIds.forEach(paired::add);
  }

  /** Notes a mentee and a mentor as partners. */
  void partners(String menteeId, String mentorId) {
    partners.put(menteeId, mentorId);
    partners.put(mentorId, menteeId);
    paired.add(menteeId);
    paired.add(mentorId);
  }

  /** The employee's partner, once the simulation has seen them work together. */
  Optional<String> partnerOf(String employeeId) {
    return Optional.ofNullable(partners.get(employeeId));
  }

  /** Everyone known to be in a pair, in any cohort. */
  SortedSet<String> paired() {
    return new TreeSet<>(paired);
  }

  /** The HR admins and the sponsor, in id order. */
  SortedSet<String> staff() {
    SortedSet<String> staff = new TreeSet<>(organisation.hrAdminIds());
    staff.add(organisation.sponsorId());
    return staff;
  }

  /** The HR admins, the sponsor and everyone who applied, in id order. */
  SortedSet<String> regulars() {
    SortedSet<String> regulars = staff();
    regulars.addAll(applicants.keySet());
    return regulars;
  }
}
