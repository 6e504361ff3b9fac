package org.flipside.api;

import java.util.List;

/**
 * Where one side of a programme (its mentors, or its mentees) comes from, within the audience both sides share: a
 * reciprocal board cohort names its board members as mentees and takes its mentors from a staff network.
 *
 * @param hostGroups the host's roles or groups the side comes from; empty for no further limit
 * @param employeeIds the side's named list of employee ids; empty for no named list
 * @since 1.1
 */
public record SideAudience(List<String> hostGroups, List<String> employeeIds) {

  /** Keeps unmodifiable copies of the lists. */
  public SideAudience {
    hostGroups = List.copyOf(hostGroups);
    employeeIds = List.copyOf(employeeIds);
  }

  /** Whether the side has a limit of its own. */
  public boolean limited() {
    return !hostGroups.isEmpty() || !employeeIds.isEmpty();
  }
}
