package org.flipside.api;

import java.util.List;

/**
 * One running programme lifecycle or pair journey on an older version of a process, and what keeps it from moving
 * to a newer one.
 *
 * @param instanceId the running instance's id
 * @param processKey its process's key
 * @param fromVersion the version it runs on
 * @param programmeId the programme it belongs to
 * @param obstacles why it cannot move, each naming the step it concerns; empty when it can
 * @since 1.0
 */
public record MigrationCandidate(String instanceId, String processKey, int fromVersion, String programmeId,
    List<String> obstacles) {

  /** Keeps its own copy of the obstacles. */
  public MigrationCandidate {
    obstacles = List.copyOf(obstacles);
  }

  /** Whether it can move. */
  public boolean canMove() {
    return obstacles.isEmpty();
  }
}
