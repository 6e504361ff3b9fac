package org.flipside.model.matching;

/** Identifies a mentor–mentee combination, for example one the programme manager has ruled out. */
public record PairKey(String mentorParticipantId, String menteeParticipantId) {
}
