package org.flipside.model.evaluation;

import java.util.Map;
import java.util.Objects;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;

/**
 * One survey response as the analysis sees it: a pseudonym that pairs a person's baseline with their final
 * answers without saying who they are, their role, and their scores by question key (skipped questions absent).
 */
public record ScoredResponse(String respondent, ParticipantRole role, SurveyKind kind, Map<String, Integer> scores) {

  public ScoredResponse {
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    scores = Map.copyOf(scores);
  }
}
