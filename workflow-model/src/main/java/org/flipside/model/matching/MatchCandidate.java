package org.flipside.model.matching;

import java.util.List;
import java.util.Set;
import org.flipside.model.MeetingFormat;

/**
 * What the matcher knows about one mentor or mentee.
 *
 * @param lineManagerChain the person's managers up to the top of the organisation, nearest first
 * @param topics lived experience a mentor offers, or what a mentee wants to learn
 * @param interests areas a mentor wants to work in (unused for mentees)
 * @param leadsArea the area a mentee leads (unused for mentors)
 * @param preferredFormat null when either format suits
 */
public record MatchCandidate(String participantId, String employeeId, int band, String department,
    List<String> lineManagerChain, Set<String> topics, Set<String> interests, String leadsArea,
    MeetingFormat preferredFormat) {

  public MatchCandidate {
    lineManagerChain = lineManagerChain == null ? List.of() : List.copyOf(lineManagerChain);
    topics = topics == null ? Set.of() : Set.copyOf(topics);
    interests = interests == null ? Set.of() : Set.copyOf(interests);
  }
}
