package org.flipside.model.evaluation;

/**
 * A theme as the report shows it.
 *
 * @param title the theme's name
 * @param summary what the feedback under it says, or null
 * @param goal the programme goal it bears on; null when the programme set no goals
 * @param priority act now or later
 * @param recommendation the action it leads to
 * @param mentions how many pieces of feedback it groups
 */
public record ThemeFinding(String title, String summary, String goal, ThemePriority priority, String recommendation,
    int mentions) {

  static ThemeFinding of(FeedbackTheme theme) {
    return new ThemeFinding(theme.getTitle(), theme.getSummary(), theme.getGoal(), theme.getPriority(),
        theme.getRecommendation(), theme.getMentions());
  }
}
