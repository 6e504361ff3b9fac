package org.flipside.api;

/**
 * A question to add to a programme's survey, after the standard ones.
 *
 * @param key how the form and its answers will name it: 2 to 40 lower-case letters, digits or underscores,
 *     starting with a letter, and not a key the survey already has
 * @param text what respondents read, at most 500 characters, not a question the survey already asks
 * @param kind a 1 to 5 scale or free text
 * @since 1.0
 */
public record NewSurveyQuestion(String key, String text, SurveyQuestionKind kind) {}
