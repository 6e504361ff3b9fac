package org.flipside.api;

import java.util.List;

/**
 * Which running instances of a process can move, or moved, to one of its versions.
 *
 * @param definitionId the version moved to
 * @param processKey the process's key
 * @param version the version's number
 * @param moved those that can move (in a preview) or moved
 * @param notMoved those that cannot, each with its obstacles; they stay on their version
 * @since 1.0
 */
public record MigrationReport(String definitionId, String processKey, int version, List<MigrationCandidate> moved,
    List<MigrationCandidate> notMoved) {

  /** Keeps its own copies of the lists. */
  public MigrationReport {
    moved = List.copyOf(moved);
    notMoved = List.copyOf(notMoved);
  }
}
