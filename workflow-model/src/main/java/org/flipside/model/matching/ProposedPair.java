package org.flipside.model.matching;

/** A pair the matcher proposes, with its score and a plain-English reason. */
public record ProposedPair(String mentorParticipantId, String menteeParticipantId, double score, String rationale) {
}
