package org.flipside.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.model.evaluation.ThemeDraft;
import org.junit.jupiter.api.Test;

/**
 * A theme's mentions are the comments the HR admin ticked as belonging to it, counted: before, the form asked for a
 * number no one typed, and every theme reported "Mentions 0".
 */
class ThemeMentionsTest {

  private static final Map<String, Object> THEME = Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
      Vars.GOAL.name(), "More BME staff at Band 8", Vars.PRIORITY.name(), "ACT_NOW",
      Vars.RECOMMENDATION.name(), "Diverse interview panels");

  @Test
  void aThemeMentionsEveryCommentTickedAsItsOwn() {
    Map<String, Object> values = new java.util.HashMap<>(THEME);
    values.put(Vars.GROUPED_COMMENTS.name(), List.of("1", "4", "7"));

    ThemeDraft draft = EvaluationTasks.theme(values);

    assertThat(draft.mentions()).isEqualTo(3);
    assertThat(draft.title()).isEqualTo("Barriers in shortlisting");
  }

  @Test
  void aThemeWithNoCommentTickedHasNoMentions() {
    assertThat(EvaluationTasks.theme(THEME).mentions()).isZero();
    Map<String, Object> none = new java.util.HashMap<>(THEME);
    none.put(Vars.GROUPED_COMMENTS.name(), List.of());
    assertThat(EvaluationTasks.theme(none).mentions()).isZero();
  }
}
