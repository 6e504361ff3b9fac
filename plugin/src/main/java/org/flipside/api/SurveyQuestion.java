package org.flipside.api;

/**
 * One question of a programme's baseline and final surveys.
 *
 * @param key how the survey form and its answers name the question
 * @param text what respondents read
 * @param kind a 1 to 5 scale or free text
 * @param standard one of the default questions rather than one the programme added
 * @since 1.0
 */
public record SurveyQuestion(String key, String text, SurveyQuestionKind kind, boolean standard) {}
