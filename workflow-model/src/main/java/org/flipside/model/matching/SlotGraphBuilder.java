package org.flipside.model.matching;

/**
 * Turns candidates, rules and locks into the {@link SlotGraph} the solver works on: one row per free mentor slot,
 * one column per mentee not locked, an edge for every pair that passes the hard rules.
 *
 * <p>Costs encode the objective. Let W exceed any possible total score. A mentor's first slot costs
 * {@code -score} when used (it matches two people), a further slot {@code W - score} (one more person), an unused
 * slot {@code 2W} (nobody). Minimising the total cost therefore maximises {@code W × people matched + total score}.
 * A mentor who already has a locked mentee is matched already, so all their free slots are further slots.
 */
final class SlotGraphBuilder {

  /** The graph and, for each row, the mentor whose slot it is. */
  record Slots(SlotGraph graph, int[] mentorOfRow) {
  }

  private SlotGraphBuilder() {
  }

  static Slots build(PairAssessment assessment, Locks locks, HardRules hard) {
    int mentors = assessment.mentors.size();
    int mentees = assessment.mentees.size();
    int[] freeSlots = new int[mentors];
    int rows = 0;
    for (int mentor = 0; mentor < mentors; mentor++) {
      freeSlots[mentor] = Locks.capacity(assessment, mentor, hard) - locks.locksOfMentor(mentor);
      rows += freeSlots[mentor];
    }

    // two passes, counting then filling, so the edge arrays are allocated once at their final size
    int[] breaches = new int[mentees];
    int[] listStart = new int[mentors + 1];
    for (int mentor = 0; mentor < mentors; mentor++) {
      listStart[mentor + 1] = listStart[mentor] + (freeSlots[mentor] == 0 ? 0 : feasible(assessment, locks,
          mentor, breaches, null, null, 0));
    }
    int[] edgeColumn = new int[listStart[mentors]];
    int[] edgeUnits = new int[listStart[mentors]];
    int maxUnits = 0;
    for (int mentor = 0; mentor < mentors; mentor++) {
      if (freeSlots[mentor] > 0) {
        feasible(assessment, locks, mentor, breaches, edgeColumn, edgeUnits, listStart[mentor]);
      }
    }
    for (int units : edgeUnits) {
      maxUnits = Math.max(maxUnits, units);
    }

    long personWeight = personWeight(Math.min(rows, mentees), maxUnits, rows);
    int[] rowList = new int[rows];
    long[] rowBase = new long[rows];
    int[] mentorOfRow = new int[rows];
    int row = 0;
    for (int mentor = 0; mentor < mentors; mentor++) {
      for (int slot = 0; slot < freeSlots[mentor]; slot++) {
        boolean firstSlot = slot == 0 && locks.locksOfMentor(mentor) == 0;
        rowList[row] = mentor;
        rowBase[row] = firstSlot ? 0 : personWeight;
        mentorOfRow[row] = mentor;
        row++;
      }
    }
    return new Slots(new SlotGraph(mentees, listStart, edgeColumn, edgeUnits, rowList, rowBase, 2 * personWeight),
        mentorOfRow);
  }

  /** Counts the mentor's feasible free mentees and, when given arrays, writes their edges from {@code at}. */
  private static int feasible(PairAssessment assessment, Locks locks, int mentor, int[] breaches, int[] edgeColumn,
      int[] edgeUnits, int at) {
    assessment.breachesOfMentor(mentor, breaches);
    int count = 0;
    for (int mentee = 0; mentee < breaches.length; mentee++) {
      if (breaches[mentee] == 0 && !locks.isLocked(mentee)) {
        if (edgeColumn != null) {
          edgeColumn[at + count] = mentee;
          edgeUnits[at + count] = assessment.scoreUnits(mentor, mentee);
        }
        count++;
      }
    }
    return count;
  }

  /**
   * A weight for one matched person larger than any total score can reach, checked so that no sum along a search
   * path can overflow a long.
   */
  private static long personWeight(int maxPairs, int maxUnits, int rows) {
    try {
      long weight = Math.multiplyExact((long) maxPairs + 1, (long) maxUnits + 1);
      Math.multiplyExact(Math.multiplyExact(weight, 8), (long) rows + 1);
      return weight;
    } catch (ArithmeticException tooLarge) {
      throw new IllegalArgumentException("the soft-rule weights are too large for " + rows
          + " mentor slots; lower them", tooLarge);
    }
  }
}
