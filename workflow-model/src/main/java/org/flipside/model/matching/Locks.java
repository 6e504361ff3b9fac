package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs the HR admin locked, checked against the rules: a lock that breaks a hard rule, names someone who is not
 * a candidate, gives a mentee two mentors or a mentor more mentees than their capacity is refused with an
 * {@link IllegalArgumentException} that says which lock and why.
 */
final class Locks {

  private final List<int[]> pairs;
  private final int[] locksOfMentor;
  private final boolean[] menteeLocked;

  private Locks(List<int[]> pairs, int[] locksOfMentor, boolean[] menteeLocked) {
    this.pairs = pairs;
    this.locksOfMentor = locksOfMentor;
    this.menteeLocked = menteeLocked;
  }

  static Locks validate(Set<PairKey> locked, PairAssessment assessment, HardRules hard) {
    List<PairKey> inOrder = locked.stream()
        .sorted(Comparator.comparing(PairKey::mentorParticipantId).thenComparing(PairKey::menteeParticipantId))
        .toList();
    List<int[]> pairs = new ArrayList<>();
    int[] locksOfMentor = new int[assessment.mentors.size()];
    boolean[] menteeLocked = new boolean[assessment.mentees.size()];
    for (PairKey lock : inOrder) {
      int mentor = assessment.mentors.indexOf(lock.mentorParticipantId());
      int mentee = assessment.mentees.indexOf(lock.menteeParticipantId());
      if (mentor < 0 || mentee < 0) {
        throw refused(lock, "both must be candidates in this run");
      }
      int breaches = assessment.breaches(mentor, mentee);
      if (breaches != 0) {
        throw refused(lock, "it breaks " + breachedRuleNames(breaches));
      }
      if (menteeLocked[mentee]) {
        throw refused(lock, "the mentee is already locked to another mentor");
      }
      if (++locksOfMentor[mentor] > capacity(assessment, mentor, hard)) {
        throw refused(lock, "the mentor has more locked mentees than their capacity");
      }
      menteeLocked[mentee] = true;
      pairs.add(new int[] {mentor, mentee});
    }
    return new Locks(pairs, locksOfMentor, menteeLocked);
  }

  /** Locked pairs as {mentor index, mentee index}. */
  List<int[]> pairs() {
    return pairs;
  }

  int locksOfMentor(int mentor) {
    return locksOfMentor[mentor];
  }

  boolean isLocked(int mentee) {
    return menteeLocked[mentee];
  }

  /** How many mentees a mentor may take under the rules. */
  static int capacity(PairAssessment assessment, int mentor, HardRules hard) {
    return hard.honourMentorCapacity() ? assessment.mentors.candidates.get(mentor).capacity() : 1;
  }

  private static String breachedRuleNames(int breaches) {
    return Arrays.stream(HardRule.values()).filter(rule -> rule.isIn(breaches))
        .map(HardRule::ruleName).collect(Collectors.joining(", "));
  }

  private static IllegalArgumentException refused(PairKey lock, String why) {
    return new IllegalArgumentException("cannot lock " + lock.mentorParticipantId() + " with "
        + lock.menteeParticipantId() + ": " + why);
  }
}
