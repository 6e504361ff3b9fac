package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Solves the matching when a mentee may have several mentors, where the slot graph of {@link SlotGraphBuilder} no
 * longer fits (two slots of one mentor could take the same mentee twice). It is a minimum-cost flow instead:
 * source → mentor → mentee → sink, each pair an arc of capacity 1.
 *
 * <p>Costs encode the same objective. Let W exceed any possible total score. A person's first unit of flow costs
 * {@code -W} (they are matched), further units 0; a pair costs {@code -score}. Successive shortest paths, with
 * potentials keeping the reduced costs non-negative, add one pair at a time while that lowers the cost; since the
 * least cost of k pairs is convex in k, stopping at the first path that does not pay gives the optimum. Ties break by
 * index, so equal inputs give equal results.
 */
final class SeveralMentorsFlow {

  private static final long UNREACHED = Long.MAX_VALUE;

  private final int nodes;
  private final int[] head;
  private int[] following = new int[16];
  private int[] to = new int[16];
  private int[] capacity = new int[16];
  private long[] cost = new long[16];
  private int edges;

  private SeveralMentorsFlow(int nodes) {
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
  }

  /** The pairs to add to the locked ones, as {mentor index, mentee index}. */
  static List<int[]> solve(PairAssessment assessment, Locks locks, HardRules hard) {
    int mentors = assessment.mentors.size();
    int mentees = assessment.mentees.size();
    int source = 0;
    int sink = mentors + mentees + 1;
    SeveralMentorsFlow flow = new SeveralMentorsFlow(sink + 1);

    int[] freeOfMentee = new int[mentees];
    long menteeRoom = 0;
    for (int mentee = 0; mentee < mentees; mentee++) {
      freeOfMentee[mentee] = hard.mentorsPerMentee() - locks.locksOfMentee(mentee);
      menteeRoom += freeOfMentee[mentee];
    }
    long mentorRoom = 0;
    int maxUnits = 0;
    List<int[]> pairArcs = new ArrayList<>();
    for (int mentor = 0; mentor < mentors; mentor++) {
      int free = Locks.capacity(assessment, mentor, hard) - locks.locksOfMentor(mentor);
      if (free <= 0) {
        continue;
      }
      mentorRoom += free;
      for (int mentee = 0; mentee < mentees; mentee++) {
        if (freeOfMentee[mentee] > 0 && assessment.breaches(mentor, mentee) == 0
            && !locks.isLocked(mentor, mentee)) {
          int units = assessment.scoreUnits(mentor, mentee);
          maxUnits = Math.max(maxUnits, units);
          pairArcs.add(new int[] {mentor, mentee, units});
        }
      }
    }
    long personWeight = personWeight(Math.min(mentorRoom, menteeRoom), maxUnits, flow.nodes);

    for (int mentor = 0; mentor < mentors; mentor++) {
      int free = Locks.capacity(assessment, mentor, hard) - locks.locksOfMentor(mentor);
      flow.addPersonArcs(source, 1 + mentor, free, locks.locksOfMentor(mentor) == 0, personWeight);
    }
    int[] pairEdge = new int[pairArcs.size()];
    for (int k = 0; k < pairArcs.size(); k++) {
      int[] arc = pairArcs.get(k);
      pairEdge[k] = flow.addArc(1 + arc[0], 1 + mentors + arc[1], 1, -arc[2]);
    }
    for (int mentee = 0; mentee < mentees; mentee++) {
      flow.addPersonArcs(1 + mentors + mentee, sink, freeOfMentee[mentee], locks.locksOfMentee(mentee) == 0,
          personWeight);
    }

    flow.augmentWhileItPays(source, sink, mentors, mentees);

    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < pairArcs.size(); k++) {
      if (flow.capacity[pairEdge[k]] == 0) {
        pairs.add(new int[] {pairArcs.get(k)[0], pairArcs.get(k)[1]});
      }
    }
    return pairs;
  }

  /** A person's first unit is worth a matched person unless a lock matched them already; further units nothing. */
  private void addPersonArcs(int from, int into, int free, boolean unmatched, long personWeight) {
    if (free <= 0) {
      return;
    }
    if (unmatched) {
      addArc(from, into, 1, -personWeight);
      free--;
    }
    if (free > 0) {
      addArc(from, into, free, 0);
    }
  }

  private int addArc(int from, int into, int arcCapacity, long arcCost) {
    ensureRoom();
    int forward = edges;
    link(from, into, arcCapacity, arcCost);
    link(into, from, 0, -arcCost);
    return forward;
  }

  private void link(int from, int into, int arcCapacity, long arcCost) {
    to[edges] = into;
    capacity[edges] = arcCapacity;
    cost[edges] = arcCost;
    following[edges] = head[from];
    head[from] = edges;
    edges++;
  }

  private void ensureRoom() {
    if (edges + 2 > to.length) {
      following = Arrays.copyOf(following, following.length * 2);
      to = Arrays.copyOf(to, to.length * 2);
      capacity = Arrays.copyOf(capacity, capacity.length * 2);
      cost = Arrays.copyOf(cost, cost.length * 2);
    }
  }

  private void augmentWhileItPays(int source, int sink, int mentors, int mentees) {
    long[] potential = initialPotentials(source, mentors, mentees);
    long[] distance = new long[nodes];
    int[] parentEdge = new int[nodes];
    while (true) {
      shortestPaths(source, sink, potential, distance, parentEdge);
      if (distance[sink] == UNREACHED || distance[sink] + potential[sink] - potential[source] >= 0) {
        return;
      }
      for (int node = sink; node != source; node = to[parentEdge[node] ^ 1]) {
        capacity[parentEdge[node]]--;
        capacity[parentEdge[node] ^ 1]++;
      }
      // nodes the search did not settle move by the sink's distance: reduced costs stay non-negative
      for (int node = 0; node < nodes; node++) {
        potential[node] += Math.min(distance[node], distance[sink]);
      }
    }
  }

  /** Exact distances from the source in the first graph, which has no cycle: source, mentors, mentees, sink. */
  private long[] initialPotentials(int source, int mentors, int mentees) {
    long[] potential = new long[nodes];
    Arrays.fill(potential, UNREACHED);
    potential[source] = 0;
    int[] layer = new int[nodes];
    for (int node = 0; node < nodes; node++) {
      layer[node] = node == source ? 0 : node <= mentors ? 1 : node <= mentors + mentees ? 2 : 3;
    }
    for (int step = 0; step < 3; step++) {
      for (int node = 0; node < nodes; node++) {
        if (layer[node] != step || potential[node] == UNREACHED) {
          continue;
        }
        for (int edge = head[node]; edge >= 0; edge = following[edge]) {
          if (capacity[edge] > 0) {
            potential[to[edge]] = Math.min(potential[to[edge]], potential[node] + cost[edge]);
          }
        }
      }
    }
    long highest = 0;
    for (long reached : potential) {
      highest = reached == UNREACHED ? highest : Math.max(highest, reached);
    }
    for (int node = 0; node < nodes; node++) {
      potential[node] = potential[node] == UNREACHED ? highest : potential[node];
    }
    return potential;
  }

  /** Dijkstra on reduced costs, stopped once the sink is settled. */
  private void shortestPaths(int source, int sink, long[] potential, long[] distance, int[] parentEdge) {
    Arrays.fill(distance, UNREACHED);
    Arrays.fill(parentEdge, -1);
    distance[source] = 0;
    PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
        : Long.compare(a[1], b[1]));
    queue.add(new long[] {0, source});
    while (!queue.isEmpty()) {
      long[] entry = queue.poll();
      int node = (int) entry[1];
      if (entry[0] > distance[node]) {
        continue;
      }
      if (node == sink) {
        return;
      }
      for (int edge = head[node]; edge >= 0; edge = following[edge]) {
        if (capacity[edge] == 0) {
          continue;
        }
        int into = to[edge];
        long reduced = cost[edge] + potential[node] - potential[into];
        long candidate = distance[node] + reduced;
        if (candidate < distance[into]) {
          distance[into] = candidate;
          parentEdge[into] = edge;
          queue.add(new long[] {candidate, into});
        }
      }
    }
  }

  /** As {@link SlotGraphBuilder}: larger than any total score, small enough that no path sum overflows a long. */
  private static long personWeight(long maxPairs, int maxUnits, int nodes) {
    try {
      long weight = Math.multiplyExact(maxPairs + 1, (long) maxUnits + 1);
      Math.multiplyExact(Math.multiplyExact(weight, 8), (long) nodes + 1);
      return weight;
    } catch (ArithmeticException tooLarge) {
      throw new IllegalArgumentException("the soft-rule weights are too large for " + nodes
          + " people; lower them", tooLarge);
    }
  }
}
