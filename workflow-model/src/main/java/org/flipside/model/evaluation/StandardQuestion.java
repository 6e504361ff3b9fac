package org.flipside.model.evaluation;

import java.util.function.Function;
import org.flipside.model.SurveyResponse;

/**
 * The default template: the four measures of the Inclusive Employers survey, asked about the programme's
 * focus, plus free text. Their answers live in the survey response's own columns.
 */
public enum StandardQuestion {
  CONFIDENCE_TALKING("confidence_talking", "How confident do you feel talking about %s?",
      "Confidence talking about %s", SurveyResponse::getConfidenceTalking),
  UNDERSTANDING_ISSUES("understanding_issues", "How well do you understand the specific issues around %s?",
      "Understanding of specific issues", SurveyResponse::getUnderstandingIssues),
  CONFIDENCE_ASKING("confidence_asking", "How confident do you feel asking questions about %s?",
      "Confidence to ask questions", SurveyResponse::getConfidenceAsking),
  CONFIDENCE_SHARING("confidence_sharing", "How confident do you feel sharing your knowledge about %s?",
      "Confidence to share knowledge", SurveyResponse::getConfidenceSharing),
  COMMENTS("comments", "What else would you like to tell us about the programme?", "Comments", null);

  private final String key;
  private final String text;
  private final String label;
  private final Function<SurveyResponse, Integer> score;

  StandardQuestion(String key, String text, String label, Function<SurveyResponse, Integer> score) {
    this.key = key;
    this.text = text;
    this.label = label;
    this.score = score;
  }

  public String key() {
    return key;
  }

  /** The scale question's score in a response; null for free text or when skipped. */
  public Integer scoreIn(SurveyResponse response) {
    return score == null ? null : score.apply(response);
  }

  TemplateQuestion forFocus(String focus) {
    return new TemplateQuestion(key, String.format(text, focus), String.format(label, focus),
        score == null ? QuestionKind.FREE_TEXT : QuestionKind.SCALE, true);
  }

  static boolean isStandardKey(String key) {
    for (StandardQuestion question : values()) {
      if (question.key.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
