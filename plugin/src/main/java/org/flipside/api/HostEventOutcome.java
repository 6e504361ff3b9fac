package org.flipside.api;

import java.util.List;

/**
 * What a reported host event changed in Flipside.
 *
 * @param employeeId the employee reported
 * @param closedPairingIds the live pairings that closed
 * @param placesEnded how many cohort places the employee stopped taking part in
 * @param tasksEnded how many of the employee's open steps ended
 * @param tasksReassigned how many open steps went back to a role, to the programme manager or, from a programme
 *     manager or sponsor who left, to the HR admins
 * @param vacatedProgrammeIds the programmes whose manager or sponsor the leaver was: the post is vacant until an HR
 *     admin appoints someone through {@link ProgrammeService#appoint}
 * @since 1.0
 */
public record HostEventOutcome(
    String employeeId, List<String> closedPairingIds, int placesEnded, int tasksEnded, int tasksReassigned,
    List<String> vacatedProgrammeIds) {

  /** Copies the lists. */
  public HostEventOutcome {
    closedPairingIds = List.copyOf(closedPairingIds);
    vacatedProgrammeIds = List.copyOf(vacatedProgrammeIds);
  }

  /** Whether the event changed anything; false when it was reported before. */
  public boolean changedAnything() {
    return !closedPairingIds.isEmpty() || placesEnded > 0 || tasksEnded > 0 || tasksReassigned > 0
        || !vacatedProgrammeIds.isEmpty();
  }
}
