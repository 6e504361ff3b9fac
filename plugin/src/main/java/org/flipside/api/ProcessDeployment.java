package org.flipside.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one deployment brought.
 *
 * @param id the deployment's id
 * @param name the deployment's name
 * @param deployedBy the employee id of who deployed it, or {@code null} for the bundle's own
 * @param deployedAt when it was deployed
 * @param resources the files deployed: those that changed since the last deployment of the same name
 * @param processes the new process versions; empty when no diagram changed
 * @since 1.0
 */
public record ProcessDeployment(String id, String name, @Nullable String deployedBy, Instant deployedAt,
    List<String> resources, List<ProcessVersion> processes) {

  /** Keeps its own copies of the lists. */
  public ProcessDeployment {
    resources = List.copyOf(resources);
    processes = List.copyOf(processes);
  }
}
