package org.flipside.model.evaluation;

import java.util.Map;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;

/**
 * A survey answer still waiting to be written among others, as its respondent may see it (the right of access).
 *
 * @param kind which survey
 * @param role the respondent's side
 * @param answers the answers by question key
 */
public record WaitingAnswer(SurveyKind kind, ParticipantRole role, Map<String, Object> answers) {

  /** Copies the answers. */
  public WaitingAnswer {
    answers = Map.copyOf(answers);
  }
}
