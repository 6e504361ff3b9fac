package org.flipside.sandbox.simulation;

import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flipside.sandbox.organisation.SyntheticOrganisation;

/**
 * Who is who in the simulated programme: the staff who run it, and the employees who applied and on
 * which side. These are the people whose inboxes the simulation checks after every step.
 */
final class Cast {

  private final SyntheticOrganisation organisation;
  private final SortedMap<String, ApplicantRole> applicants = new TreeMap<>();

  Cast(SyntheticOrganisation organisation) {
    this.organisation = organisation;
  }

  /** The HR admin who creates and manages the programme: the first admin in id order. */
  String programmeManagerId() {
    return organisation.hrAdminIds().get(0);
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

  /** The HR admins, the sponsor and everyone who applied, in id order. */
  SortedSet<String> regulars() {
    SortedSet<String> regulars = new TreeSet<>(organisation.hrAdminIds());
    regulars.add(organisation.sponsorId());
    regulars.addAll(applicants.keySet());
    return regulars;
  }
}
