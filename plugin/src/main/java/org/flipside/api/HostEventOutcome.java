package org.flipside.api;

import java.util.List;

/**
 * What a reported host event changed in Flipside.
 *
 * @param employeeId the employee reported
 * @param closedPairingIds the live pairings that closed
 * @param placesEnded how many cohort places the employee stopped taking part in
 * @param tasksEnded how many of the employee's open steps ended
 * @param tasksReassigned how many open steps went back to a role or to the programme manager
 * @since 0.1
 */
public record HostEventOutcome(
    String employeeId, List<String> closedPairingIds, int placesEnded, int tasksEnded, int tasksReassigned) {

  /** Copies the list. */
  public HostEventOutcome {
    closedPairingIds = List.copyOf(closedPairingIds);
  }

  /** Whether the event changed anything; false when it was reported before. */
  public boolean changedAnything() {
    return !closedPairingIds.isEmpty() || placesEnded > 0 || tasksEnded > 0 || tasksReassigned > 0;
  }
}
