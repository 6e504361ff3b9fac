package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.model.MeetingFormat;

/**
 * Applies a programme's rules to mentor–mentee pairs: which hard rules a pair breaks, and its score.
 *
 * <p>Scores are kept in integer thousandths ("units") so the solver's arithmetic is exact and the result cannot
 * depend on floating-point rounding; each weight is rounded to a thousandth once.
 *
 * <p>The rules that name particular people (line-management chains, declared conflicts, the admin's bans, the same
 * person on both sides) are indexed per mentor up front, so checking one pair costs a few int comparisons.
 */
final class PairAssessment {

  static final double UNITS_PER_POINT = 1000;

  final CandidateTable mentors;
  final CandidateTable mentees;
  private final HardRules hard;
  private final int[] weightUnits = new int[SoftRule.values().length];
  private final CandidateTable.Vocabularies vocabularies;
  /** Per mentor: mentee indexes, ascending, that a person-naming rule excludes, and the breached rules' bits. */
  private final int[][] namedMentees;
  private final int[][] namedBreaches;

  PairAssessment(List<MatchCandidate> mentorList, List<MatchCandidate> menteeList, MatchingRules rules,
      Set<PairKey> forbidden) {
    vocabularies = new CandidateTable.Vocabularies();
    mentors = new CandidateTable(mentorList, vocabularies);
    mentees = new CandidateTable(menteeList, vocabularies);
    hard = rules.hard();
    for (SoftRule rule : SoftRule.values()) {
      weightUnits[rule.ordinal()] = (int) Math.round(rules.weight(rule) * UNITS_PER_POINT);
    }
    namedMentees = new int[mentors.size()][];
    namedBreaches = new int[mentors.size()][];
    indexNamedExclusions(forbidden);
  }

  /** Fills {@code breaches[mentee]} with the mask of hard rules each pair with this mentor breaks; 0 is feasible. */
  void breachesOfMentor(int mentor, int[] breaches) {
    for (int mentee = 0; mentee < mentees.size(); mentee++) {
      breaches[mentee] = attributeBreaches(mentor, mentee);
    }
    int[] named = namedMentees[mentor];
    for (int k = 0; k < named.length; k++) {
      breaches[named[k]] |= namedBreaches[mentor][k];
    }
  }

  /** The mask of hard rules this pair breaks; 0 when it may be proposed. */
  int breaches(int mentor, int mentee) {
    int k = Arrays.binarySearch(namedMentees[mentor], mentee);
    return attributeBreaches(mentor, mentee) | (k >= 0 ? namedBreaches[mentor][k] : 0);
  }

  private int attributeBreaches(int mentor, int mentee) {
    int breaches = 0;
    if (hard.separateDepartments() && mentors.department[mentor] != Vocabulary.ABSENT
        && mentors.department[mentor] == mentees.department[mentee]) {
      breaches |= HardRule.SAME_DEPARTMENT.bit();
    }
    if (hard.enforceSeniorityGap() && mentees.band[mentee] - mentors.band[mentor] < hard.minimumBandGap()) {
      breaches |= HardRule.SENIORITY_GAP.bit();
    }
    return breaches;
  }

  /** The pair's score in units; only meaningful for a feasible pair. */
  int scoreUnits(int mentor, int mentee) {
    long units = 0;
    if (weighted(SoftRule.LEADS_WANTED_AREA) && leadsWantedArea(mentor, mentee)) {
      units += weightUnits[SoftRule.LEADS_WANTED_AREA.ordinal()];
    }
    if (weighted(SoftRule.SHARED_TOPICS)) {
      units += (long) weightUnits[SoftRule.SHARED_TOPICS.ordinal()]
          * Vocabulary.commonBits(mentors.topics[mentor], mentees.topics[mentee]);
    }
    if (weighted(SoftRule.COMPATIBLE_FORMAT) && compatibleFormats(mentors.format[mentor], mentees.format[mentee])) {
      units += weightUnits[SoftRule.COMPATIBLE_FORMAT.ordinal()];
    }
    if (weighted(SoftRule.SHARED_AVAILABILITY)
        && Vocabulary.commonBits(mentors.availability[mentor], mentees.availability[mentee]) > 0) {
      units += weightUnits[SoftRule.SHARED_AVAILABILITY.ordinal()];
    }
    if (weighted(SoftRule.SAME_LOCATION) && sameLocation(mentor, mentee)) {
      units += weightUnits[SoftRule.SAME_LOCATION.ordinal()];
    }
    return Math.toIntExact(units);
  }

  private boolean weighted(SoftRule rule) {
    return weightUnits[rule.ordinal()] != 0;
  }

  /** The soft rules that add to this pair's score, in rule order, skipping rules weighted 0. */
  List<RuleContribution> contributions(int mentor, int mentee) {
    List<RuleContribution> contributions = new ArrayList<>();
    if (leadsWantedArea(mentor, mentee)) {
      add(contributions, SoftRule.LEADS_WANTED_AREA, 1, vocabularies.areas.word(mentees.leadsArea[mentee]));
    }
    List<String> topics = vocabularies.topics.commonWords(mentors.topics[mentor], mentees.topics[mentee]);
    add(contributions, SoftRule.SHARED_TOPICS, topics.size(), String.join(", ", topics));
    MeetingFormat mentorFormat = mentors.format[mentor];
    MeetingFormat menteeFormat = mentees.format[mentee];
    if (compatibleFormats(mentorFormat, menteeFormat)) {
      add(contributions, SoftRule.COMPATIBLE_FORMAT, 1, formatDetail(mentorFormat, menteeFormat));
    }
    List<String> slots = vocabularies.slots.commonWords(mentors.availability[mentor], mentees.availability[mentee]);
    add(contributions, SoftRule.SHARED_AVAILABILITY, slots.isEmpty() ? 0 : 1, String.join(", ", slots));
    if (sameLocation(mentor, mentee)) {
      add(contributions, SoftRule.SAME_LOCATION, 1, vocabularies.locations.word(mentors.location[mentor]));
    }
    return contributions;
  }

  private void add(List<RuleContribution> contributions, SoftRule rule, int times, String detail) {
    long units = (long) weightUnits[rule.ordinal()] * times;
    if (units > 0) {
      contributions.add(new RuleContribution(rule.ruleName(), units / UNITS_PER_POINT, detail));
    }
  }

  private boolean leadsWantedArea(int mentor, int mentee) {
    int area = mentees.leadsArea[mentee];
    return area != Vocabulary.ABSENT && Vocabulary.hasBit(mentors.interests[mentor], area);
  }

  private boolean sameLocation(int mentor, int mentee) {
    return mentors.location[mentor] != Vocabulary.ABSENT && mentors.location[mentor] == mentees.location[mentee];
  }

  private static boolean compatibleFormats(MeetingFormat mentor, MeetingFormat mentee) {
    return mentor == null || mentee == null || mentor == mentee;
  }

  private static String formatDetail(MeetingFormat mentor, MeetingFormat mentee) {
    MeetingFormat agreed = mentor != null ? mentor : mentee;
    return agreed == null ? "either format" : agreed.name().toLowerCase().replace('_', ' ');
  }

  /**
   * Finds the pairs that rules naming particular people exclude, packed as (mentor, mentee, rule bit) in one long
   * each and sorted, which stays fast and small for the million or so bans of a large cohort.
   */
  private void indexNamedExclusions(Set<PairKey> forbidden) {
    PackedExclusions exclusions = new PackedExclusions();
    Map<Integer, List<Integer>> mentorsByEmployee = mentors.indexesByEmployee();
    Map<Integer, List<Integer>> menteesByEmployee = mentees.indexesByEmployee();
    for (int mentor = 0; mentor < mentors.size(); mentor++) {
      for (int mentee : menteesByEmployee.getOrDefault(mentors.employee[mentor], List.of())) {
        exclusions.add(mentor, mentee, HardRule.SAME_PERSON);
      }
      if (hard.separateLineManagementChains()) {
        markMentees(exclusions, mentor, mentors.chain[mentor], menteesByEmployee, HardRule.LINE_MANAGEMENT_CHAIN);
      }
      if (hard.excludeDeclaredConflicts()) {
        markMentees(exclusions, mentor, mentors.declaredConflicts[mentor], menteesByEmployee,
            HardRule.CONFLICT_OF_INTEREST);
      }
    }
    for (int mentee = 0; mentee < mentees.size(); mentee++) {
      if (hard.separateLineManagementChains()) {
        markMentors(exclusions, mentee, mentees.chain[mentee], mentorsByEmployee, HardRule.LINE_MANAGEMENT_CHAIN);
      }
      if (hard.excludeDeclaredConflicts()) {
        markMentors(exclusions, mentee, mentees.declaredConflicts[mentee], mentorsByEmployee,
            HardRule.CONFLICT_OF_INTEREST);
      }
    }
    for (PairKey pair : forbidden) {
      int mentor = mentors.indexOf(pair.mentorParticipantId());
      int mentee = mentees.indexOf(pair.menteeParticipantId());
      // a ban on someone no longer in the cohort has nothing left to exclude
      if (mentor >= 0 && mentee >= 0) {
        exclusions.add(mentor, mentee, HardRule.FORBIDDEN_BY_ADMIN);
      }
    }
    exclusions.groupByMentor(namedMentees, namedBreaches);
  }

  private static void markMentees(PackedExclusions exclusions, int mentor, int[] employees,
      Map<Integer, List<Integer>> menteesByEmployee, HardRule rule) {
    for (int employee : employees) {
      for (int mentee : menteesByEmployee.getOrDefault(employee, List.of())) {
        exclusions.add(mentor, mentee, rule);
      }
    }
  }

  private static void markMentors(PackedExclusions exclusions, int mentee, int[] employees,
      Map<Integer, List<Integer>> mentorsByEmployee, HardRule rule) {
    for (int employee : employees) {
      for (int mentor : mentorsByEmployee.getOrDefault(employee, List.of())) {
        exclusions.add(mentor, mentee, rule);
      }
    }
  }
}
