package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flipside.model.MeetingFormat;

/** Builds candidates for tests: mentors default to band 2, mentees to band 8, everyone in a department of their own. */
final class CandidateBuilder {

  private final String participantId;
  private final String employeeId;
  private int band;
  private String department;
  private List<String> chain = List.of();
  private Set<String> topics = Set.of();
  private Set<String> interests = Set.of();
  private String leadsArea;
  private MeetingFormat format = MeetingFormat.PHONE;
  private int capacity = 1;
  private String location;
  private Set<String> availability = Set.of();
  private Set<String> conflicts = Set.of();
  private String focusGroup;

  private CandidateBuilder(String employeeId, int band) {
    this.participantId = "p-" + employeeId;
    this.employeeId = employeeId;
    this.band = band;
    this.department = "dept-of-" + employeeId;
  }

  static CandidateBuilder mentor(String employeeId) {
    return new CandidateBuilder(employeeId, 2);
  }

  static CandidateBuilder mentee(String employeeId) {
    return new CandidateBuilder(employeeId, 8);
  }

  CandidateBuilder band(int value) {
    band = value;
    return this;
  }

  CandidateBuilder department(String value) {
    department = value;
    return this;
  }

  CandidateBuilder managers(String... nearestFirst) {
    chain = new ArrayList<>(List.of(nearestFirst));
    return this;
  }

  CandidateBuilder topics(String... values) {
    topics = Set.of(values);
    return this;
  }

  CandidateBuilder wantsToWorkIn(String... areas) {
    interests = Set.of(areas);
    return this;
  }

  CandidateBuilder leads(String area) {
    leadsArea = area;
    return this;
  }

  CandidateBuilder format(MeetingFormat value) {
    format = value;
    return this;
  }

  CandidateBuilder capacity(int value) {
    capacity = value;
    return this;
  }

  CandidateBuilder location(String value) {
    location = value;
    return this;
  }

  CandidateBuilder available(String... slots) {
    availability = Set.of(slots);
    return this;
  }

  CandidateBuilder conflictsWith(String... employeeIds) {
    conflicts = Set.of(employeeIds);
    return this;
  }

  CandidateBuilder focusGroup(String value) {
    focusGroup = value;
    return this;
  }

  MatchCandidate build() {
    return new MatchCandidate(participantId, employeeId, band, department, chain, topics, interests, leadsArea,
        format, capacity, location, availability, conflicts, focusGroup);
  }
}
