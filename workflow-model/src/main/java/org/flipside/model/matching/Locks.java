package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs the HR admin locked, checked against the rules: a lock that breaks a hard rule, names someone who is not
 * a candidate, gives a mentee more mentors than the rules allow or a mentor more mentees than their capacity is refused with an
 * {@link IllegalArgumentException} that says which lock and why.
 */
final class Locks {

  private final List<int[]> pairs;
  private final int[] locksOfMentor;
  private final int[] locksOfMentee;

  private Locks(List<int[]> pairs, int[] locksOfMentor, int[] locksOfMentee) {
    this.pairs = pairs;
    this.locksOfMentor = locksOfMentor;
    this.locksOfMentee = locksOfMentee;
  }

  static Locks validate(Set<PairKey> locked, PairAssessment assessment, HardRules hard) {
    List<PairKey> inOrder = locked.stream()
        .sorted(Comparator.comparing(PairKey::mentorParticipantId).thenComparing(PairKey::menteeParticipantId))
        .toList();
    List<int[]> pairs = new ArrayList<>();
    int[] locksOfMentor = new int[assessment.mentors.size()];
    int[] locksOfMentee = new int[assessment.mentees.size()];
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
      if (locksOfMentee[mentee] >= hard.mentorsPerMentee()) {
        throw refused(lock, hard.mentorsPerMentee() == 1 ? "the mentee is already locked to another mentor"
            : "the mentee already has " + hard.mentorsPerMentee() + " locked mentors");
      }
      if (++locksOfMentor[mentor] > capacity(assessment, mentor, hard)) {
        throw refused(lock, "the mentor has more locked mentees than their capacity");
      }
      locksOfMentee[mentee]++;
      pairs.add(new int[] {mentor, mentee});
    }
    return new Locks(pairs, locksOfMentor, locksOfMentee);
  }

  /** Locked pairs as {mentor index, mentee index}. */
  List<int[]> pairs() {
    return pairs;
  }

  int locksOfMentor(int mentor) {
    return locksOfMentor[mentor];
  }

  int locksOfMentee(int mentee) {
    return locksOfMentee[mentee];
  }

  boolean isLocked(int mentee) {
    return locksOfMentee[mentee] > 0;
  }

  boolean isLocked(int mentor, int mentee) {
    for (int[] pair : pairs) {
      if (pair[0] == mentor && pair[1] == mentee) {
        return true;
      }
    }
    return false;
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
