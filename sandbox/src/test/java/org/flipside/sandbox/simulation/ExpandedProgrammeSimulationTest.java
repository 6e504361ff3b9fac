package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A pilot the sponsor expands, with ambassadors and a cascade, then a second cohort the sponsor stops after. */
class ExpandedProgrammeSimulationTest {

  private static SimulationResult result;

  @BeforeAll
  static void runAPilotAndItsExpansion() {
    result = new Simulation().run(new SimulationSettings(3, 42, 120, 2, Instant.parse("2027-01-04T09:00:00Z")));
  }

  @Test
  void theSecondCohortRecruitsMatchesAndIsEvaluatedAfterThePilotExpands() {
    assertThat(result.problem()).isNull();
    assertThat(result.tally().rolloutDecisions()).containsExactly("expand", "stop");
    assertThat(result.status().stage()).isEqualTo(Stage.CLOSED);
    assertThat(result.timeline()).extracting(TimelineEntry::event)
        .filteredOn(event -> event.equals("Matching started") || event.equals("Evaluation started"))
        .as("both cohorts are matched and evaluated")
        .hasSize(4);
  }

  @Test
  void everyPilotParticipantAskedToBeAnAmbassadorWasAskedOnceAndTheAcceptancesReachedTheManager() {
    int invited = result.notificationsByTopic().getOrDefault(NotificationTopics.AMBASSADOR_INVITATION, 0);
    Tally tally = result.tally();
    assertThat(invited).isPositive();
    assertThat(tally.get(Tallied.AMBASSADORS_ACCEPTED) + tally.get(Tallied.AMBASSADORS_DECLINED))
        .isLessThanOrEqualTo(invited);
    assertThat(result.notificationsByTopic().getOrDefault(NotificationTopics.AMBASSADOR_ACCEPTED, 0))
        .isEqualTo(tally.get(Tallied.AMBASSADORS_ACCEPTED));
  }
}
