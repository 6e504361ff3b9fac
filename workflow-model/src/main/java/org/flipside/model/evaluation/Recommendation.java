package org.flipside.model.evaluation;

/**
 * An action recommended by the evaluation, from one prioritised theme.
 *
 * @param action what to do
 * @param priority act now or later
 * @param theme the theme it comes from
 * @param goal the programme goal it serves; null when the programme set no goals
 */
public record Recommendation(String action, ThemePriority priority, String theme, String goal) {
}
