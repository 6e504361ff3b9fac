package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.model.MeetingFormat;

/**
 * One side's candidates, sorted by participant id (so results do not depend on input order), with their profiles
 * turned into numbers and bit sets for fast pair checks.
 */
final class CandidateTable {

  final List<MatchCandidate> candidates;
  final int[] employee;
  final int[] department;
  final int[] band;
  /** Managers' employee numbers, nearest first (the line-chain rule counts levels along it). */
  final int[][] chain;
  final int[][] declaredConflicts;
  final long[][] topics;
  final long[][] interests;
  final int[] leadsArea;
  final MeetingFormat[] format;
  final long[][] availability;
  final int[] location;
  private final Map<String, Integer> indexOfParticipant = new HashMap<>();

  CandidateTable(List<MatchCandidate> unsorted, Vocabularies vocabularies) {
    candidates = new ArrayList<>(unsorted);
    candidates.sort(Comparator.comparing(MatchCandidate::participantId));
    int size = candidates.size();
    employee = new int[size];
    department = new int[size];
    band = new int[size];
    chain = new int[size][];
    declaredConflicts = new int[size][];
    topics = new long[size][];
    interests = new long[size][];
    leadsArea = new int[size];
    format = new MeetingFormat[size];
    availability = new long[size][];
    location = new int[size];
    for (int index = 0; index < size; index++) {
      MatchCandidate candidate = candidates.get(index);
      if (indexOfParticipant.put(candidate.participantId(), index) != null) {
        throw new IllegalArgumentException("participant " + candidate.participantId() + " is listed twice");
      }
      employee[index] = vocabularies.employees.number(candidate.employeeId());
      department[index] = vocabularies.departments.number(candidate.department());
      band[index] = candidate.band();
      chain[index] = vocabularies.employees.numbersInOrder(candidate.lineManagerChain());
      declaredConflicts[index] = vocabularies.employees.numbers(candidate.declaredConflicts());
      topics[index] = vocabularies.topics.bits(candidate.topics());
      interests[index] = vocabularies.areas.bits(candidate.interests());
      leadsArea[index] = vocabularies.areas.number(candidate.leadsArea());
      format[index] = candidate.preferredFormat();
      availability[index] = vocabularies.slots.bits(candidate.availability());
      location[index] = vocabularies.locations.number(candidate.location());
    }
  }

  int size() {
    return candidates.size();
  }

  String participantId(int index) {
    return candidates.get(index).participantId();
  }

  /** The candidate's index, or -1 when nobody on this side has that participant id. */
  int indexOf(String participantId) {
    return indexOfParticipant.getOrDefault(participantId, -1);
  }

  /** The indexes of the candidates with each employee number, for turning employee ids into candidates. */
  Map<Integer, List<Integer>> indexesByEmployee() {
    Map<Integer, List<Integer>> byEmployee = new HashMap<>();
    for (int index = 0; index < size(); index++) {
      if (employee[index] != Vocabulary.ABSENT) {
        byEmployee.computeIfAbsent(employee[index], key -> new ArrayList<>(1)).add(index);
      }
    }
    return byEmployee;
  }

  /** The vocabularies both sides share, so equal words get equal numbers. */
  static final class Vocabularies {
    final Vocabulary employees = new Vocabulary();
    final Vocabulary departments = new Vocabulary();
    final Vocabulary topics = new Vocabulary();
    final Vocabulary areas = new Vocabulary();
    final Vocabulary slots = new Vocabulary();
    final Vocabulary locations = new Vocabulary();
  }
}
