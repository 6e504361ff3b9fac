package org.flipside.model.evaluation;

/**
 * One question of a programme's survey.
 *
 * @param key how answers name it
 * @param text what the respondent reads
 * @param label how reports name it
 * @param kind scale or free text
 * @param standard one of the default template's questions rather than one the admin added
 */
public record TemplateQuestion(String key, String text, String label, QuestionKind kind, boolean standard) {
}
