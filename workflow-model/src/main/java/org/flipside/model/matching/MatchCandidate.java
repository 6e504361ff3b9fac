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
 * @param capacity how many mentees a mentor takes on (at least 1; mentees always have one mentor)
 * @param location where the person works, or null when unknown
 * @param availability the slots the person can meet in, such as "tue-am"; empty when unknown
 * @param declaredConflicts employee ids of people the person declared a conflict of interest with
 * @param focusGroup the person's group in the programme's focus dimension, given with consent; null otherwise.
 *     Used only for aggregate fairness figures, never for matching
 */
public record MatchCandidate(String participantId, String employeeId, int band, String department,
    List<String> lineManagerChain, Set<String> topics, Set<String> interests, String leadsArea,
    MeetingFormat preferredFormat, int capacity, String location, Set<String> availability,
    Set<String> declaredConflicts, String focusGroup) {

  public MatchCandidate {
    if (participantId == null || participantId.isBlank()) {
      throw new IllegalArgumentException("a candidate needs a participant id");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity of " + participantId + " must be at least 1, was " + capacity);
    }
    lineManagerChain = lineManagerChain == null ? List.of() : List.copyOf(lineManagerChain);
    topics = topics == null ? Set.of() : Set.copyOf(topics);
    interests = interests == null ? Set.of() : Set.copyOf(interests);
    availability = availability == null ? Set.of() : Set.copyOf(availability);
    declaredConflicts = declaredConflicts == null ? Set.of() : Set.copyOf(declaredConflicts);
  }

  /** A candidate with capacity 1 and no location, availability, declared conflicts or focus group. */
  public MatchCandidate(String participantId, String employeeId, int band, String department,
      List<String> lineManagerChain, Set<String> topics, Set<String> interests, String leadsArea,
      MeetingFormat preferredFormat) {
    this(participantId, employeeId, band, department, lineManagerChain, topics, interests, leadsArea,
        preferredFormat, 1, null, Set.of(), Set.of(), null);
  }
}
