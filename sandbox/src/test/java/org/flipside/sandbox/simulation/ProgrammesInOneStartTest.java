package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flipside.api.Stage;
import org.junit.jupiter.api.Test;

/** A watch asks the same Flipside for more programmes, as the benchmark's warm rounds do. */
class ProgrammesInOneStartTest {

  private static final Instant MONDAY = Instant.parse("2027-01-04T09:00:00Z");

  @Test
  void aSecondProgrammeRunsToItsEndAsTheFirstDidFromTheSameWeekdayAfterIt() {
    List<Integer> tasksCompleted = new ArrayList<>();
    List<Integer> programmesStarted = new ArrayList<>();
    RunWatch twoProgrammes = new RunWatch() {
      @Override
      public void programmeStarting() {
        programmesStarted.add(programmesStarted.size() + 1);
      }

      @Override
      public void programmeEnded(Tally tally) {
        tasksCompleted.add(tally.get(Tallied.TASKS_COMPLETED));
      }

      @Override
      public boolean anotherProgramme() {
        return tasksCompleted.size() < 2;
      }
    };

    SimulationResult last = new Simulation().run(new SimulationSettings(3, 42, 80, 1, MONDAY), List.of(),
        twoProgrammes);

    assertThat(last.problem()).isNull();
    assertThat(last.status().stage()).isEqualTo(Stage.CLOSED);
    assertThat(programmesStarted).containsExactly(1, 2);
    assertThat(tasksCompleted).hasSize(2).allSatisfy(tasks -> assertThat(tasks).isPositive());
    // the same settings, cast and chance: the second programme takes the first one's course
    assertThat(tasksCompleted.get(1)).isCloseTo(tasksCompleted.get(0), withPercentage(5));
    assertThat(last.tally().get(Tallied.TASKS_COMPLETED)).isEqualTo(tasksCompleted.get(1));
    Instant lastCreated = last.settings().start();
    assertThat(last.simulatedFrom()).isEqualTo(lastCreated).isAfter(MONDAY);
    assertThat(lastCreated.atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(lastCreated.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
  }
}
