package org.flipside.internal.library;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.ActivityStatistics;

/** How many running instances of one process version wait at each of its steps, as the engine counts them. */
final class RunningSteps {

  private final ManagementService management;

  RunningSteps(ManagementService management) {
    this.management = management;
  }

  /** Each step's id with the number of instances waiting in it; steps nobody waits in are left out. */
  Map<String, Long> of(String definitionId) {
    Map<String, Long> counts = new TreeMap<>();
    for (ActivityStatistics step : management.createActivityStatisticsQuery(definitionId).list()) {
      counts.put(step.getId(), (long) step.getInstances());
    }
    return counts;
  }
}
