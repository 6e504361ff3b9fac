package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** The mocks set what their building blocks declare, and nothing else. */
class DelegatesTest {

  private final Delegates delegates = new Delegates();
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void aMockSetsWhatItsBuildingBlockDeclares() throws Exception {
    delegates.get(BuildingBlocks.RECORD_SESSION).execute(execution);

    verify(execution).setVariable(Vars.MISSED_IN_A_ROW.name(), 0);
  }

  @Test
  void aMockThatSetsWhatItsBuildingBlockDoesNotDeclareFailsTheTest() {
    delegates.behave(BuildingBlocks.COMPLETE_PAIRING, step -> step.set(Vars.MISSED_IN_A_ROW, 0));

    assertThatThrownBy(() -> delegates.get(BuildingBlocks.COMPLETE_PAIRING).execute(execution))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("completePairing does not declare that it sets missedInARow");
  }
}
