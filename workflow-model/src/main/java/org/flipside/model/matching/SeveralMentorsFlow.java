package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Solves the matching when a mentee may have several mentors, where the slot graph of {@link SlotGraphBuilder} no
 * longer fits (two slots of one mentor could take the same mentee twice). It is a minimum-cost flow instead:
 * source → mentor → mentee → sink, each pair an arc of capacity 1.
 *
 * <p>Costs encode the same objective. Let W exceed any possible total score. A person's first unit of flow costs
 * {@code -W} (they are matched), further units 0; a pair costs {@code -score}. The primal-dual method finds it: one
 * Dijkstra on reduced costs moves the potentials so that every shortest path has reduced cost 0, then a blocking flow
 * (Dinic's levels and current arcs) adds all those equally cheap paths at once, and so on while a path lowers the
 * cost. Since the least cost of k pairs is convex in k, stopping at the first path that does not pay gives the optimum.
 * Augmenting per phase rather than per pair is what keeps it fast: the cohort's scores take few distinct values, so
 * there are far fewer phases than pairs. The arcs are visited in a fixed order, so equal inputs give equal results.
 */
final class SeveralMentorsFlow {

  private static final long UNREACHED = Long.MAX_VALUE;

  private final int nodes;
  private final int source;
  private final int sink;
  private final int[] firstArc;
  private final int[] to;
  private final int[] reverse;
  private final int[] capacity;
  private final long[] cost;
  private final long[] potential;
  /** Per phase, the arcs of reduced cost 0 by node (either direction, full or not): the only ones a path may use. */
  private final int[] admissibleStart;
  private final int[] admissibleArc;

  private SeveralMentorsFlow(ArcList arcs, int source, int sink) {
    this.nodes = arcs.nodes;
    this.source = source;
    this.sink = sink;
    int count = arcs.size * 2;
    firstArc = new int[nodes + 1];
    for (int k = 0; k < arcs.size; k++) {
      firstArc[arcs.from[k] + 1]++;
      firstArc[arcs.into[k] + 1]++;
    }
    for (int node = 0; node < nodes; node++) {
      firstArc[node + 1] += firstArc[node];
    }
    to = new int[count];
    reverse = new int[count];
    capacity = new int[count];
    cost = new long[count];
    int[] next = Arrays.copyOf(firstArc, nodes);
    arcs.position = new int[arcs.size];
    for (int k = 0; k < arcs.size; k++) {
      int forward = next[arcs.from[k]]++;
      int backward = next[arcs.into[k]]++;
      to[forward] = arcs.into[k];
      to[backward] = arcs.from[k];
      reverse[forward] = backward;
      reverse[backward] = forward;
      capacity[forward] = arcs.capacity[k];
      cost[forward] = arcs.cost[k];
      cost[backward] = -arcs.cost[k];
      arcs.position[k] = forward;
    }
    potential = new long[nodes];
    admissibleStart = new int[nodes + 1];
    admissibleArc = new int[count];
  }

  /** The pairs to add to the locked ones, as {mentor index, mentee index}. */
  static List<int[]> solve(PairAssessment assessment, Locks locks, HardRules hard) {
    int mentors = assessment.mentors.size();
    int mentees = assessment.mentees.size();
    int source = 0;
    int sink = mentors + mentees + 1;

    int[] freeOfMentee = new int[mentees];
    long menteeRoom = 0;
    for (int mentee = 0; mentee < mentees; mentee++) {
      freeOfMentee[mentee] = hard.mentorsPerMentee() - locks.locksOfMentee(mentee);
      menteeRoom += freeOfMentee[mentee];
    }
    int[] freeOfMentor = new int[mentors];
    long mentorRoom = 0;
    int maxUnits = 0;
    ArcList arcs = new ArcList(sink + 1, Math.toIntExact((long) mentors * mentees + 2L * (mentors + mentees)));
    int[] breaches = new int[mentees];
    for (int mentor = 0; mentor < mentors; mentor++) {
      freeOfMentor[mentor] = Locks.capacity(assessment, mentor, hard) - locks.locksOfMentor(mentor);
      if (freeOfMentor[mentor] <= 0) {
        continue;
      }
      mentorRoom += freeOfMentor[mentor];
      assessment.breachesOfMentor(mentor, breaches);
      for (int mentee = 0; mentee < mentees; mentee++) {
        if (freeOfMentee[mentee] > 0 && breaches[mentee] == 0 && !locks.isLocked(mentor, mentee)) {
          int units = assessment.scoreUnits(mentor, mentee);
          maxUnits = Math.max(maxUnits, units);
          arcs.add(1 + mentor, 1 + mentors + mentee, 1, -units);
        }
      }
    }
    int pairArcs = arcs.size;
    long personWeight = personWeight(Math.min(mentorRoom, menteeRoom), maxUnits, sink + 1);
    for (int mentor = 0; mentor < mentors; mentor++) {
      arcs.addPerson(source, 1 + mentor, freeOfMentor[mentor], locks.locksOfMentor(mentor) == 0, personWeight);
    }
    for (int mentee = 0; mentee < mentees; mentee++) {
      arcs.addPerson(1 + mentors + mentee, sink, freeOfMentee[mentee], locks.locksOfMentee(mentee) == 0,
          personWeight);
    }
    SeveralMentorsFlow flow = new SeveralMentorsFlow(arcs, source, sink);
    flow.augmentWhileItPays(mentors, mentees);

    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < pairArcs; k++) {
      if (flow.capacity[arcs.position[k]] == 0) {
        pairs.add(new int[] {arcs.from[k] - 1, arcs.into[k] - 1 - mentors});
      }
    }
    return pairs;
  }

  private void augmentWhileItPays(int mentors, int mentees) {
    initialPotentials(mentors, mentees);
    long[] distance = new long[nodes];
    int[] level = new int[nodes];
    int[] currentArc = new int[nodes];
    int[] queue = new int[nodes];
    int[] path = new int[nodes];
    IndexedHeap heap = new IndexedHeap(nodes, distance);
    while (shortestPaths(distance, heap)) {
      long sinkDistance = distance[sink];
      for (int node = 0; node < nodes; node++) {
        potential[node] += Math.min(distance[node], sinkDistance);
      }
      if (potential[sink] - potential[source] >= 0) {
        return;
      }
      collectAdmissibleArcs();
      while (levels(level, queue)) {
        System.arraycopy(admissibleStart, 0, currentArc, 0, nodes);
        while (augment(level, currentArc, path)) {
          // each call adds one pair along a path of reduced cost 0
        }
      }
    }
  }

  /** Exact distances from the source in the first graph, which has no cycle: source, mentors, mentees, sink. */
  private void initialPotentials(int mentors, int mentees) {
    Arrays.fill(potential, UNREACHED);
    potential[source] = 0;
    int[][] layers = {{source, source}, {1, mentors}, {1 + mentors, mentors + mentees}};
    for (int[] layer : layers) {
      for (int node = layer[0]; node <= layer[1]; node++) {
        if (potential[node] == UNREACHED) {
          continue;
        }
        for (int arc = firstArc[node]; arc < firstArc[node + 1]; arc++) {
          if (capacity[arc] > 0) {
            potential[to[arc]] = Math.min(potential[to[arc]], potential[node] + cost[arc]);
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
  }

  /** Dijkstra on reduced costs, stopped once the sink is settled; false if the sink cannot be reached. */
  private boolean shortestPaths(long[] distance, IndexedHeap heap) {
    Arrays.fill(distance, UNREACHED);
    heap.clear();
    distance[source] = 0;
    heap.offer(source);
    while (!heap.isEmpty()) {
      int node = heap.poll();
      if (node == sink) {
        return true;
      }
      for (int arc = firstArc[node]; arc < firstArc[node + 1]; arc++) {
        if (capacity[arc] == 0) {
          continue;
        }
        int into = to[arc];
        long candidate = distance[node] + cost[arc] + potential[node] - potential[into];
        if (candidate < distance[into]) {
          distance[into] = candidate;
          heap.offer(into);
        }
      }
    }
    return false;
  }

  private void collectAdmissibleArcs() {
    int count = 0;
    for (int node = 0; node < nodes; node++) {
      admissibleStart[node] = count;
      for (int arc = firstArc[node]; arc < firstArc[node + 1]; arc++) {
        if (cost[arc] + potential[node] - potential[to[arc]] == 0) {
          admissibleArc[count++] = arc;
        }
      }
    }
    admissibleStart[nodes] = count;
  }

  /** Breadth-first levels over the arcs of reduced cost 0; false if they do not reach the sink. */
  private boolean levels(int[] level, int[] queue) {
    Arrays.fill(level, -1);
    level[source] = 0;
    queue[0] = source;
    int head = 0;
    int tail = 1;
    while (head < tail) {
      int node = queue[head++];
      for (int k = admissibleStart[node]; k < admissibleStart[node + 1]; k++) {
        int arc = admissibleArc[k];
        if (level[to[arc]] < 0 && capacity[arc] > 0) {
          level[to[arc]] = level[node] + 1;
          queue[tail++] = to[arc];
        }
      }
    }
    return level[sink] >= 0;
  }

  /**
   * One unit along a shortest admissible path, depth first without recursion (paths can be as long as the cohort);
   * every such path crosses a pair arc of capacity 1. Dead ends leave the level graph.
   */
  private boolean augment(int[] level, int[] currentArc, int[] path) {
    int depth = 0;
    int node = source;
    while (node != sink) {
      int k = currentArc[node];
      while (k < admissibleStart[node + 1]
          && (capacity[admissibleArc[k]] == 0 || level[to[admissibleArc[k]]] != level[node] + 1)) {
        k++;
      }
      currentArc[node] = k;
      if (k < admissibleStart[node + 1]) {
        path[depth++] = admissibleArc[k];
        node = to[admissibleArc[k]];
      } else if (node == source) {
        return false;
      } else {
        level[node] = -1;
        node = to[reverse[path[--depth]]];
        currentArc[node]++;
      }
    }
    for (int k = 0; k < depth; k++) {
      capacity[path[k]]--;
      capacity[reverse[path[k]]]++;
    }
    return true;
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

  /** The arcs as they are added, before they are laid out by node. */
  private static final class ArcList {
    private final int nodes;
    private final int[] from;
    private final int[] into;
    private final int[] capacity;
    private final long[] cost;
    private int size;
    private int[] position;

    /** Room for every arc there can be: each pair, and two per person. */
    ArcList(int nodes, int room) {
      this.nodes = nodes;
      from = new int[room];
      into = new int[room];
      capacity = new int[room];
      cost = new long[room];
    }

    void add(int tail, int head, int arcCapacity, long arcCost) {
      from[size] = tail;
      into[size] = head;
      capacity[size] = arcCapacity;
      cost[size] = arcCost;
      size++;
    }

    /** A person's first unit is worth a matched person unless a lock matched them already; further units nothing. */
    void addPerson(int tail, int head, int free, boolean unmatched, long personWeight) {
      if (free <= 0) {
        return;
      }
      if (unmatched) {
        add(tail, head, 1, -personWeight);
        free--;
      }
      if (free > 0) {
        add(tail, head, free, 0);
      }
    }
  }

  /** A binary min-heap of nodes keyed by their current distance, ties by node index. */
  private static final class IndexedHeap {
    private final long[] key;
    private final int[] heap;
    private final int[] slot;
    private int size;

    IndexedHeap(int nodes, long[] key) {
      this.key = key;
      heap = new int[nodes];
      slot = new int[nodes];
      Arrays.fill(slot, -1);
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        slot[heap[k]] = -1;
      }
      size = 0;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Adds the node, or moves it up after its key fell. */
    void offer(int node) {
      if (slot[node] < 0) {
        heap[size] = node;
        slot[node] = size++;
      }
      up(slot[node]);
    }

    int poll() {
      int top = heap[0];
      slot[top] = -1;
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        slot[heap[0]] = 0;
        down(0);
      }
      return top;
    }

    private boolean before(int a, int b) {
      return key[a] != key[b] ? key[a] < key[b] : a < b;
    }

    private void up(int at) {
      int node = heap[at];
      while (at > 0 && before(node, heap[(at - 1) / 2])) {
        heap[at] = heap[(at - 1) / 2];
        slot[heap[at]] = at;
        at = (at - 1) / 2;
      }
      heap[at] = node;
      slot[node] = at;
    }

    private void down(int at) {
      int node = heap[at];
      while (2 * at + 1 < size) {
        int child = 2 * at + 1;
        if (child + 1 < size && before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(heap[child], node)) {
          break;
        }
        heap[at] = heap[child];
        slot[heap[at]] = at;
        at = child;
      }
      heap[at] = node;
      slot[node] = at;
    }
  }
}
