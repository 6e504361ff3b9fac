package org.flipside.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * The open-survey steps set a deprecated respondent list only on a lifecycle whose diagram reads it: the shipped one
 * reads the counts, one drawn against the vocabulary's 1.0 the list.
 */
@SuppressWarnings("deprecation")
class DiagramReadsTest {

  private static final String LIFECYCLE = "org/flipside/bpmn/programme-lifecycle.bpmn";

  @Test
  void theShippedLifecycleReadsTheCountsAndNeitherList() throws Exception {
    String lifecycle = shippedLifecycle();

    assertThat(DiagramReads.variable(lifecycle, Vars.BASELINE_RESPONDENT_COUNT.name())).isTrue();
    assertThat(DiagramReads.variable(lifecycle, Vars.RESPONDENT_COUNT.name())).isTrue();
    assertThat(DiagramReads.variable(lifecycle, Vars.BASELINE_RESPONDENT_IDS.name())).isFalse();
    assertThat(DiagramReads.variable(lifecycle, Vars.RESPONDENT_IDS.name())).isFalse();
  }

  @Test
  void aLifecycleThatStillTestsTheBaselineListReadsThatListAlone() throws Exception {
    String lifecycle = shippedLifecycle()
        .replace("${baselineRespondentCount == 0}", "${empty baselineRespondentIds}");

    assertThat(DiagramReads.variable(lifecycle, Vars.BASELINE_RESPONDENT_IDS.name())).isTrue();
    assertThat(DiagramReads.variable(lifecycle, Vars.RESPONDENT_IDS.name())).as("respondentIds is another name")
        .isFalse();
  }

  /** The shipped lifecycle as the engine gives a step its model, written out again. */
  private static String shippedLifecycle() throws Exception {
    try (InputStream in = DiagramReadsTest.class.getClassLoader().getResourceAsStream(LIFECYCLE)) {
      return Bpmn.convertToString(Bpmn.readModelFromStream(in));
    }
  }
}
