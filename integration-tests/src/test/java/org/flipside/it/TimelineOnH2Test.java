package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.junit.jupiter.api.Test;

/** A running programme's timeline files each step under the stage it ran in, on the embedded H2 database. */
class TimelineOnH2Test extends HostedContract {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }

  @Test
  void theBaselineSurveyBesideTheKickOffIsFiledUnderTheKickOffAndNothingUnderAnEndingThatHasNotCome() {
    String programmeId = host.pilotInSessions();
    Stage now = host.flipside.programmes().status(Actor.of(TestOrganisation.HR), programmeId).stage();

    List<TimelineEntry> timeline = host.flipside.programmes().timeline(Actor.of(TestOrganisation.HR), programmeId);

    assertThat(timeline).extracting(TimelineEntry::event).contains("Open the baseline survey");
    assertThat(timeline).filteredOn(entry -> entry.event().equals("Open the baseline survey"))
        .extracting(TimelineEntry::stage).containsExactly(Stage.KICK_OFF_WORKSHOPS);
    assertThat(timeline).as("every step under a stage the programme has reached (it is in %s)", now)
        .allSatisfy(entry -> assertThat(entry.stage()).isLessThanOrEqualTo(now));
  }

  @Test
  void aTaskManyAnsweredIsCountedAsAnswersAndTheEndsOfEachAnswerAreNotRepeated() {
    String programmeId = host.pilotAwaitingMatchReview();
    String apply = host.flipside.programmes().timeline(Actor.of(TestOrganisation.HR), programmeId).stream()
        .map(TimelineEntry::event).filter(event -> event.startsWith("Apply")).findFirst().orElseThrow();

    // five of the invitees answered (four applied, the CEO declined), and the summary counts four applications
    assertThat(apply).endsWith("(answered 5 times)");
    assertThat(host.flipside.programmes().status(Actor.of(TestOrganisation.HR), programmeId).applications())
        .isEqualTo(4);
    assertThat(host.flipside.programmes().timeline(Actor.of(TestOrganisation.HR), programmeId))
        .extracting(TimelineEntry::event).doesNotContain("Answered").noneMatch(event -> event.startsWith("Answered"));
  }
}
