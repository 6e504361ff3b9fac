package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** The rules an admin's allowance never lifts: nobody mentors themselves, and the admin's own bans stand. */
  private static final int ADMIN_CANNOT_ALLOW = HardRule.SAME_PERSON.bit() | HardRule.FORBIDDEN_BY_ADMIN.bit();

  final CandidateTable mentors;
  final CandidateTable mentees;
  private final HardRules hard;
  private final int[] weightUnits = new int[SoftRule.values().length];
  private final CandidateTable.Vocabularies vocabularies;
  /** Per mentor: mentee indexes, ascending, that a person-naming rule excludes, and the breached rules' bits. */
  private final int[][] namedMentees;
  private final int[][] namedBreaches;
  /** Per mentor: mentee indexes, ascending, of the pairs the HR admin allowed despite the rules. */
  private final int[][] allowedMentees;

  PairAssessment(List<MatchCandidate> mentorList, List<MatchCandidate> menteeList, MatchingRules rules,
      Set<PairKey> forbidden) {
    this(mentorList, menteeList, rules, forbidden, Set.of());
  }

  PairAssessment(List<MatchCandidate> mentorList, List<MatchCandidate> menteeList, MatchingRules rules,
      Set<PairKey> forbidden, Set<PairKey> allowed) {
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
    allowedMentees = indexAllowed(allowed);
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
    for (int mentee : allowedMentees[mentor]) {
      breaches[mentee] &= ADMIN_CANNOT_ALLOW;
    }
  }

  /** The mask of hard rules this pair breaks; 0 when it may be proposed. */
  int breaches(int mentor, int mentee) {
    int breaches = ruleBreaches(mentor, mentee);
    return isAllowed(mentor, mentee) ? breaches & ADMIN_CANNOT_ALLOW : breaches;
  }

  /** The mask of hard rules this pair breaks, before the HR admin's allowances. */
  private int ruleBreaches(int mentor, int mentee) {
    int k = Arrays.binarySearch(namedMentees[mentor], mentee);
    return attributeBreaches(mentor, mentee) | (k >= 0 ? namedBreaches[mentor][k] : 0);
  }

  private boolean isAllowed(int mentor, int mentee) {
    return Arrays.binarySearch(allowedMentees[mentor], mentee) >= 0;
  }

  /**
   * The rules a feasible pair passes only by an exception: the admin's allowance, a line-chain rule limited to
   * fewer levels than lie between the partners, or the top of the organisation being matchable.
   */
  List<RuleException> exceptions(int mentor, int mentee) {
    List<RuleException> exceptions = new ArrayList<>();
    int overridden = isAllowed(mentor, mentee) ? ruleBreaches(mentor, mentee) & ~ADMIN_CANNOT_ALLOW : 0;
    for (HardRule rule : HardRule.values()) {
      if (rule.isIn(overridden)) {
        exceptions.add(new RuleException(rule.ruleName(), RuleException.ALLOWED_BY_ADMIN,
            "the HR admin allowed this pair although they are " + rule.description()));
      }
    }
    if (hard.separateLineManagementChains() && !HardRule.LINE_MANAGEMENT_CHAIN.isIn(overridden)) {
      chainException(mentees.employee[mentee], mentors.chain[mentor], "mentee", "mentor").ifPresent(exceptions::add);
      chainException(mentors.employee[mentor], mentees.chain[mentee], "mentor", "mentee").ifPresent(exceptions::add);
    }
    return exceptions;
  }

  /** Why the line-chain rule lets {@code above} pass although they sit in the chain of the other partner. */
  private Optional<RuleException> chainException(int above, int[] chain, String aboveRole, String belowRole) {
    int position = above == Vocabulary.ABSENT ? -1 : indexOf(chain, above);
    if (position < 0) {
      return Optional.empty();
    }
    String distance = "the " + aboveRole + " is " + (position + 1) + (position == 0 ? " level" : " levels")
        + " above the " + belowRole;
    if (hard.lineChainLevels() != HardRules.WHOLE_CHAIN && position >= hard.lineChainLevels()) {
      return Optional.of(new RuleException(HardRule.LINE_MANAGEMENT_CHAIN.ruleName(),
          RuleException.LIMITED_LINE_CHAIN, distance + "; the rule covers " + hard.lineChainLevels()));
    }
    return Optional.of(new RuleException(HardRule.LINE_MANAGEMENT_CHAIN.ruleName(),
        RuleException.TOP_OF_ORGANISATION, distance + ", at the top of the organisation"));
  }

  /**
   * The managers in a chain (nearest first) that the line-chain rule covers: as many levels as it reaches, less the
   * top of the organisation, when it may be matched, unless the top is the person's own manager.
   */
  private int[] coveredChain(int[] chain) {
    int covered = hard.lineChainLevels() == HardRules.WHOLE_CHAIN
        ? chain.length : Math.min(chain.length, hard.lineChainLevels());
    if (hard.matchTopOfOrganisation() && covered == chain.length && chain.length > 1) {
      covered--;
    }
    return covered == chain.length ? chain : Arrays.copyOf(chain, covered);
  }

  private static int indexOf(int[] values, int value) {
    for (int index = 0; index < values.length; index++) {
      if (values[index] == value) {
        return index;
      }
    }
    return -1;
  }

  private int attributeBreaches(int mentor, int mentee) {
    int breaches = 0;
    if (hard.separateDepartments() && mentors.department[mentor] != Vocabulary.ABSENT
        && mentors.department[mentor] == mentees.department[mentee]) {
      breaches |= HardRule.SAME_DEPARTMENT.bit();
    }
    if (hard.enforceSeniorityGap()
        && hard.bandGap(mentors.band[mentor], mentees.band[mentee]) < hard.minimumBandGap()) {
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
        markMentees(exclusions, mentor, coveredChain(mentors.chain[mentor]), menteesByEmployee,
            HardRule.LINE_MANAGEMENT_CHAIN);
      }
      if (hard.excludeDeclaredConflicts()) {
        markMentees(exclusions, mentor, mentors.declaredConflicts[mentor], menteesByEmployee,
            HardRule.CONFLICT_OF_INTEREST);
      }
    }
    for (int mentee = 0; mentee < mentees.size(); mentee++) {
      if (hard.separateLineManagementChains()) {
        markMentors(exclusions, mentee, coveredChain(mentees.chain[mentee]), mentorsByEmployee,
            HardRule.LINE_MANAGEMENT_CHAIN);
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

  /** The allowed pairs as ascending mentee indexes per mentor; an allowance naming someone absent is skipped. */
  private int[][] indexAllowed(Set<PairKey> allowed) {
    List<List<Integer>> byMentor = new ArrayList<>();
    for (int mentor = 0; mentor < mentors.size(); mentor++) {
      byMentor.add(new ArrayList<>());
    }
    for (PairKey pair : allowed) {
      int mentor = mentors.indexOf(pair.mentorParticipantId());
      int mentee = mentees.indexOf(pair.menteeParticipantId());
      if (mentor >= 0 && mentee >= 0) {
        byMentor.get(mentor).add(mentee);
      }
    }
    int[][] indexed = new int[mentors.size()][];
    for (int mentor = 0; mentor < indexed.length; mentor++) {
      indexed[mentor] = byMentor.get(mentor).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return indexed;
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
