package org.flipside.api;

import java.time.Instant;
import java.util.List;

/**
 * Flipside's health at one moment, for a host's health check to poll.
 *
 * @param status the worst of the components' statuses
 * @param checkedAt when it was checked, on Flipside's clock
 * @param components each part, in the order of {@link OperationalComponent}
 * @since 1.1
 */
public record HealthReport(HealthStatus status, Instant checkedAt, List<ComponentHealth> components) {

  public HealthReport {
    components = List.copyOf(components);
  }

  /** The health of one part. */
  public ComponentHealth component(OperationalComponent component) {
    return components.stream().filter(health -> health.component() == component).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("component: not checked: " + component));
  }
}
