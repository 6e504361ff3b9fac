package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.ProcessVersion;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.TimelineEntry;
import org.flipside.sandbox.organisation.SyntheticOrganisation;

/**
 * What a simulated run produced: Flipside's own status and timeline of the programme, the
 * sandbox's counts, and how long it all took.
 *
 * @param settings what the run was asked to do
 * @param organisation the synthetic organisation
 * @param plan the pilot as scoped
 * @param processVersions the process owner's versions deployed before the run, which the programme started on;
 *     empty when it ran on the bundle's own
 * @param status Flipside's status of the programme at the end (figures of the last cohort)
 * @param timeline Flipside's timeline of the programme
 * @param tally the sandbox's counts over all cohorts
 * @param notificationsByTopic deliveries per topic
 * @param notifications deliveries in all
 * @param calendarInvites calendar invites delivered
 * @param calendarEvents the events those invites were for
 * @param simulatedFrom when the simulated clock started
 * @param protectedTimeHolds how many of the calendar's events were pairs' recurring protected-time holds
 * @param protectedTimeHoldInvites how many of the invites were for those holds: sent, updated or cancelled
 * @param simulatedTo where it stood at the end
 * @param flipsideStartup how long Flipside took to start (wall clock)
 * @param simulation how long the simulated programme took to run (wall clock)
 * @param report the evaluation report of the last cohort evaluated, as the sponsor read it, or {@code null}
 * @param presetRecord what a seed programme's team did besides answering tasks, or {@code null} for the default
 *     pilot
 * @param problem why the run stopped before the programme ended, or {@code null}
 */
public record SimulationResult(
    SimulationSettings settings,
    SyntheticOrganisation organisation,
    PilotPlan plan,
    List<ProcessVersion> processVersions,
    ProgrammeStatus status,
    List<TimelineEntry> timeline,
    Tally tally,
    SortedMap<String, Integer> notificationsByTopic,
    int notifications,
    int calendarInvites,
    int calendarEvents,
    int protectedTimeHolds,
    int protectedTimeHoldInvites,
    Instant simulatedFrom,
    Instant simulatedTo,
    Duration flipsideStartup,
    Duration simulation,
    EvaluationDocument report,
    PresetRecord presetRecord,
    String problem) {

  /** Whether the programme ran to its end. */
  public boolean completed() {
    return problem == null;
  }
}
