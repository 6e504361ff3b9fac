package org.flipside.api;

import java.util.List;

/**
 * What erasing an employee changed.
 *
 * @param employeeId the employee erased
 * @param closedPairingIds the live pairings of theirs that closed
 * @param stepsEnded how many of their open steps ended
 * @param stepsHandedOn how many of their open steps went back to a role, to the programme manager or to the HR
 *     admins
 * @param rowsErased how many rows of Flipside's tables were anonymised or deleted
 * @param historyEntriesRemoved how many entries of the engine's history about them were removed
 * @since 1.0
 */
public record ErasureOutcome(String employeeId, List<String> closedPairingIds, int stepsEnded, int stepsHandedOn,
    int rowsErased, int historyEntriesRemoved) {

  /** Copies the list. */
  public ErasureOutcome {
    closedPairingIds = List.copyOf(closedPairingIds);
  }
}
