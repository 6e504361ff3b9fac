package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flipside.api.RolloutChoice;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small pilot run end to end through the real plugin on the embedded database. */
class SimulationTest {

  private static SimulationResult result;

  @BeforeAll
  static void runASmallPilot() {
    result = new Simulation().run(new SimulationSettings(3, 42, 80, 1, Instant.parse("2027-01-04T09:00:00Z")));
  }

  @Test
  void thePilotRunsThroughEveryStageToTheSponsorsDecisionToStop() {
    assertThat(result.problem()).isNull();
    assertThat(result.status().stage()).isEqualTo(Stage.CLOSED);
    assertThat(result.status().rolloutDecision()).isEqualTo(RolloutChoice.STOP);
    assertThat(result.tally().rolloutDecisions()).containsExactly("stop");
    assertThat(result.timeline()).extracting(TimelineEntry::event)
        .filteredOn(event -> event.endsWith(" started"))
        .containsExactly("Pilot scoping started", "Recruitment started", "Matching started",
            "Kick-off workshops started", "Sessions started", "Evaluation started", "Rollout started");
  }

  @Test
  void theTimelineFilesEveryStepUnderTheStageItRanInAndOnlyTheEndingUnderClosed() {
    List<TimelineEntry> timeline = result.timeline();
    int rolloutFinished = timeline.stream().map(TimelineEntry::event).toList().lastIndexOf("Rollout finished");

    assertThat(rolloutFinished).isPositive();
    assertThat(timeline.subList(0, rolloutFinished)).extracting(TimelineEntry::stage)
        .doesNotContain(Stage.CLOSED, Stage.CANCELLED);
    assertThat(timeline.subList(rolloutFinished + 1, timeline.size())).extracting(TimelineEntry::stage)
        .containsOnly(Stage.CLOSED);
    assertThat(timeline).filteredOn(entry -> entry.event().startsWith("Open the baseline survey"))
        .extracting(TimelineEntry::stage).containsExactly(Stage.KICK_OFF_WORKSHOPS);
    assertThat(timeline).extracting(TimelineEntry::stage).as("one cohort goes through its stages once, in order")
        .isSorted();
  }

  @Test
  void flipsideCountsWhatTheSimulatedEmployeesDid() {
    ProgrammeStatus status = result.status();
    Tally tally = result.tally();

    assertThat(status.applications())
        .isEqualTo(tally.get(Tallied.MENTOR_APPLICATIONS) + tally.get(Tallied.MENTEE_APPLICATIONS));
    assertThat(status.completedPairs() + status.pairsEndedEarly()).isEqualTo(tally.get(Tallied.PAIRS_STARTED));
    assertThat(status.sessionsHeld()).isEqualTo(tally.get(Tallied.SESSIONS_HELD)).isPositive();
    assertThat(status.sessionsMissed()).isEqualTo(tally.get(Tallied.PERIODS_LEFT_OPEN));
    assertThat(status.pairsEndedEarly())
        .isEqualTo(tally.get(Tallied.PAIRS_ENDED_EARLY) + tally.get(Tallied.PAIRS_ENDED_AT_CHECK_IN));
    assertThat(status.surveyResponses())
        .isEqualTo(tally.get(Tallied.SURVEYS_ANSWERED) + tally.get(Tallied.PULSES_ANSWERED));
    assertThat(tally.get(Tallied.PULSES_ANSWERED)).as("the midpoint pulse").isPositive();
    assertThat(tally.get(Tallied.LATE_ANSWERS)).isZero();
  }

  @Test
  void theSimulatedClockCarriedTheProgrammeThroughMonthsAndEmployeesWereNotified() {
    assertThat(result.simulatedTo()).isAfter(result.simulatedFrom().plusSeconds(200L * 24 * 3600));
    assertThat(result.notificationsByTopic()).containsKey(NotificationTopics.INVITATION_TO_APPLY);
    assertThat(result.notifications()).isEqualTo(
        result.notificationsByTopic().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void everyoneInvitedToAWorkshopOrKnowledgeSessionOrRemindedToArrangeASessionGotAnInvite() {
    int reminders = result.notificationsByTopic().getOrDefault(NotificationTopics.SESSION_REMINDER, 0);
    assertThat(result.calendarEvents() - result.protectedTimeHolds())
        .as("besides the pairs' protected time: one workshop for mentors, one for mentees, one knowledge session for"
            + " everyone, and a suggested session per reminder")
        .isEqualTo(3 + reminders);
    assertThat(result.calendarInvites() - result.protectedTimeHoldInvites())
        .as("each invitee and each reminded arranger gets a message and a calendar invite")
        .isEqualTo(result.notificationsByTopic().get(NotificationTopics.WORKSHOP_INVITATION) + reminders)
        .isPositive();
    assertThat(result.protectedTimeHolds()).as("pairs that agreed protected time hold it in their diaries")
        .isPositive();
  }

  @Test
  void mentorsAreRecognisedMenteesGetTheirReadingAndEveryConcernIsSeenThrough() {
    Tally tally = result.tally();
    assertThat(tally.get(Tallied.RECOGNITIONS_SENT)).as("one record per completed pair's mentor")
        .isEqualTo((int) result.status().completedPairs()).isPositive();
    assertThat(tally.get(Tallied.KNOWLEDGE_SESSIONS_HELD)).isEqualTo(1);
    assertThat(tally.get(Tallied.KNOWLEDGE_SESSION_ATTENDANCES)).isPositive();
    assertThat(tally.get(Tallied.PRE_READING_DONE) + tally.get(Tallied.PRE_READING_LEFT_OPEN))
        .as("every paired mentee was given the reading").isEqualTo(tally.get(Tallied.PAIRS_STARTED));
    assertThat(tally.get(Tallied.CONCERNS_ACKNOWLEDGED)).isEqualTo(tally.get(Tallied.CONCERNS_RAISED));
    assertThat(tally.get(Tallied.CONCERNS_RESOLVED)).isEqualTo(tally.get(Tallied.CONCERNS_RAISED));
  }
}
