package org.flipside.model.evaluation;

/**
 * A theme as the programme manager writes it, before it is checked.
 *
 * @param title a short name for the theme
 * @param summary what the feedback under it says, in the manager's words (optional)
 * @param goal one of the programme's goals from scoping, as written there; null when the programme set none
 * @param priority act now or later
 * @param recommendation the action the theme leads to
 * @param mentions how many pieces of feedback it groups
 */
public record ThemeDraft(String title, String summary, String goal, ThemePriority priority, String recommendation,
    int mentions) {
}
