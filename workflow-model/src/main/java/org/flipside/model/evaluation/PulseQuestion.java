package org.flipside.model.evaluation;

import java.util.function.Function;
import org.flipside.model.SurveyResponse;

/** The three questions of the midpoint pulse, each answered on the 1-5 scale. */
public enum PulseQuestion {
  PAIRING_WORKING("pairingWorking", "How well is your pairing working?", SurveyResponse::getPairingWorking),
  SPEAK_OPENLY("speakOpenly", "Can you speak openly in your sessions?", SurveyResponse::getSpeakOpenly),
  CONFIDENCE_TALKING("confidenceTalking", "Confidence talking about the focus issues",
      SurveyResponse::getConfidenceTalking);

  private final String key;
  private final String text;
  private final Function<SurveyResponse, Integer> answer;

  PulseQuestion(String key, String text, Function<SurveyResponse, Integer> answer) {
    this.key = key;
    this.text = text;
    this.answer = answer;
  }

  /** The key of the pulse form's field. */
  public String key() {
    return key;
  }

  /** The question as the pulse form asks it. */
  public String text() {
    return text;
  }

  /** The response's answer to this question, or null when skipped. */
  public Integer answerIn(SurveyResponse response) {
    return answer.apply(response);
  }
}
