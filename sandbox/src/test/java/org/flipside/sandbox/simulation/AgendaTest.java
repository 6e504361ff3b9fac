package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTest {

  private static final Instant NINE = Instant.parse("2027-01-05T09:00:00Z");

  private final Agenda agenda = new Agenda();

  @Test
  void handsOutAnswersEarliestFirst() {
    agenda.plan("late", "form", PlannedAnswer.of(NINE.plusSeconds(600), "emp-1", Map.of()));
    agenda.plan("early", "form", PlannedAnswer.of(NINE, "emp-2", Map.of()));

    assertThat(agenda.take().taskId()).isEqualTo("early");
    assertThat(agenda.take().taskId()).isEqualTo("late");
    assertThat(agenda.isEmpty()).isTrue();
  }

  @Test
  void givesAnswersPlannedForTheSameInstantTheirOwnSecondInTheOrderPlanned() {
    agenda.plan("first", "form", PlannedAnswer.of(NINE, "emp-1", Map.of()));
    agenda.plan("second", "form", PlannedAnswer.of(NINE, "emp-2", Map.of()));

    Agenda.Entry first = agenda.take();
    Agenda.Entry second = agenda.take();
    assertThat(first.taskId()).isEqualTo("first");
    assertThat(first.at()).isEqualTo(NINE);
    assertThat(second.at()).isEqualTo(NINE.plusSeconds(1));
  }
}
