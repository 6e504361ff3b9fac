package org.flipside.model.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.model.MeetingFormat;

/**
 * Times the optimal matcher against OR-Tools (exact) and the greedy baseline, with peak memory (see
 * {@link PeakMemory}). Not a test: run it as
 * {@code mvn -q -pl workflow-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.flipside.model.matching.MatchingBenchmark}; with {@code -Dexec.args=several} it runs only the
 * cases where a mentee may have two mentors.
 *
 * <p>Dense cases: n mentors and n mentees, every pair scored, 5% of pairs banned by the admin, line-management
 * chains on, capacity 1, soft-rule weights equal to the greedy matcher's fixed ones so both score pairs alike.
 * All three start from the candidates: the exact solver is OR-Tools' {@code LinearSumAssignment} on the full square
 * cost matrix (a banned pair costs more than any set of allowed ones, so it means "unmatched"). The greedy baseline
 * is {@link GreedyMatcher} itself; its loss is against the optimum's total score.
 *
 * <p>Sparse case: each mentor slot has about 50 feasible mentees. No rule of the matcher's yields that sparsity
 * without millions of bans, so this case runs at the solver level on the same random graph: the matcher's
 * {@link ShortestAugmentingPath}, OR-Tools' min-cost flow, and the greedy rule (best score first, each person once).
 */
public final class MatchingBenchmark {

  private static final int TOPICS = 30;
  private static final int AREAS = 15;
  private static final double BANNED = 0.05;
  private static final String SEVERAL = "several";
  /** The two-mentor cases alternate the matcher and OR-Tools this often; the ratio is the median of the rounds. */
  private static final int ROUNDS = 3;

  private MatchingBenchmark() {
  }

  public static void main(String[] args) {
    Loader.loadNativeLibraries();
    boolean onlySeveral = args.length == 1 && args[0].equals(SEVERAL);
    int[] sizes = args.length == 0 || onlySeveral ? new int[] {500, 2000, 5000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf("Java %s, %d cores, max heap %.0f MiB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024.0 / 1024);
    dense(300, false);
    severalMentors(500, 1, false);
    System.out.printf("%-28s %-14s %9s %11s %11s %8s %14s %s%n", "case", "solver", "seconds", "heap MiB",
        "RSS MiB", "pairs", "total score", "vs optimum");
    if (!onlySeveral) {
      for (int size : sizes) {
        dense(size, true);
      }
      sparse(5000, 50);
    }
    severalMentors(500, ROUNDS, true);
    severalMentors(2000, ROUNDS, true);
  }

  /**
   * A programme that lets a mentee have two mentors: n mentors for n / 2 mentees, so every mentee could take two.
   * The matcher solves it as a minimum-cost flow; OR-Tools' min-cost flow is the reference. They alternate for the
   * given rounds, and the last lines give the median of the rounds' ratios (matcher / OR-Tools), in wall seconds
   * and in the thread's CPU seconds (both solve on this thread; CPU is the steadier figure on a busy machine).
   */
  private static void severalMentors(int size, int rounds, boolean print) {
    MatchingRequest dense = denseRequest(size);
    HardRules one = dense.rules().hard();
    HardRules two = new HardRules(one.separateLineManagementChains(), one.separateDepartments(),
        one.enforceSeniorityGap(), one.minimumBandGap(), one.excludeDeclaredConflicts(), one.honourMentorCapacity(), 2);
    MatchingRules rules = new MatchingRules(two, dense.rules().weights());
    MatchingRequest request = new MatchingRequest(dense.mentors(), dense.mentees().subList(0, size / 2), rules,
        Set.of(), dense.forbiddenPairs(), 5);
    String name = String.format("2 mentors each %,d x %,d", size, size / 2);
    double[] ratios = new double[rounds];
    double[] cpuRatios = new double[rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long cpuBefore = threads.getCurrentThreadCpuTime();
      PeakMemory.Measured<MatchProposal> optimal = PeakMemory.measure(() -> new OptimalMatcher().match(request));
      long cpuBetween = threads.getCurrentThreadCpuTime();
      PeakMemory.Measured<ExactSolver.Objective> exact = PeakMemory.measure(() -> ExactSolver.optimum(
          new PairAssessment(request.mentors(), request.mentees(), rules, request.forbiddenPairs()), request));
      cpuRatios[round] = (double) (cpuBetween - cpuBefore) / (threads.getCurrentThreadCpuTime() - cpuBetween);
      double optimum = optimal.value().totalScore();
      if (exact.value().peopleMatched() != optimal.value().peopleMatched()
          || exact.value().scoreUnits() != Math.round(optimum * PairAssessment.UNITS_PER_POINT)) {
        throw new IllegalStateException(name + ": the matcher missed OR-Tools' optimum " + exact.value());
      }
      ratios[round] = optimal.seconds() / exact.seconds();
      if (print) {
        row(name, "optimal", optimal, optimal.value().pairs().size(), optimum, optimum);
        row(name, "OR-Tools MCF", exact, "-", exact.value().scoreUnits() / PairAssessment.UNITS_PER_POINT, optimum);
      }
    }
    if (print) {
      ratioRow(name, "optimal/OR-Tools", ratios);
      ratioRow(name, "same, CPU", cpuRatios);
    }
  }

  private static void ratioRow(String name, String what, double[] ratios) {
    Arrays.sort(ratios);
    System.out.printf("%-28s %-16s %7.2f  (median of %d rounds; range %.2f..%.2f)%n", name, what,
        ratios[ratios.length / 2], ratios.length, ratios[0], ratios[ratios.length - 1]);
  }

  static MatchingRequest denseRequest(int size) {
    Random random = new Random(size);
    List<MatchCandidate> mentors = new ArrayList<>();
    List<MatchCandidate> mentees = new ArrayList<>();
    Organisation organisation = new Organisation(random, 4 * size);
    for (int k = 0; k < size; k++) {
      mentors.add(organisation.candidate(String.format("mentor-%05d", k), 1 + random.nextInt(3)));
      mentees.add(organisation.candidate(String.format("mentee-%05d", k), 6 + random.nextInt(4)));
    }
    Set<PairKey> bans = new HashSet<>();
    for (MatchCandidate mentor : mentors) {
      for (MatchCandidate mentee : mentees) {
        if (random.nextDouble() < BANNED) {
          bans.add(new PairKey(mentor.participantId(), mentee.participantId()));
        }
      }
    }
    HardRules hard = new HardRules(true, false, true, 2, true, true);
    Map<SoftRule, Double> weights = new EnumMap<>(SoftRule.class);
    weights.put(SoftRule.LEADS_WANTED_AREA, 2.0);
    weights.put(SoftRule.SHARED_TOPICS, 1.0);
    weights.put(SoftRule.COMPATIBLE_FORMAT, 0.5);
    return new MatchingRequest(mentors, mentees, new MatchingRules(hard, weights), Set.of(), bans, 5);
  }


  private static void dense(int size, boolean print) {
    MatchingRequest request = denseRequest(size);
    List<MatchCandidate> mentors = request.mentors();
    List<MatchCandidate> mentees = request.mentees();
    // as the plugin passes them today; the request's immutable copy probes slowly for the greedy's lookups
    Set<PairKey> bans = new HashSet<>(request.forbiddenPairs());

    PeakMemory.Measured<MatchProposal> optimal = PeakMemory.measure(() -> new OptimalMatcher().match(request));
    PeakMemory.Measured<double[]> exact = PeakMemory.measure(() -> exactDense(request));
    double optimum = optimal.value().totalScore();
    String name = String.format("dense %,d x %,d", size, size);
    if (print) {
      row(name, "optimal", optimal, optimal.value().pairs().size(), optimum, optimum);
      row(name, "OR-Tools LSA", exact, (int) exact.value()[0], exact.value()[1], optimum);
    }
    try {
      PeakMemory.Measured<MatchResult> greedy = PeakMemory.measure(
          () -> new GreedyMatcher().match(mentors, mentees, new MatchRules(2, false), bans));
      if (print) {
        row(name, "greedy", greedy, greedy.value().pairs().size(),
            greedy.value().pairs().stream().map(ProposedPair::score).reduce(0.0, Double::sum), optimum);
      }
    } catch (OutOfMemoryError tooBig) {
      // the greedy matcher keeps every feasible pair as an object with its rationale: give Maven more heap
      System.out.printf("%-28s %-14s out of memory at max heap %.0f MiB (MAVEN_OPTS=-Xmx12g suffices)%n", name,
          "greedy", Runtime.getRuntime().maxMemory() / 1024.0 / 1024);
    }
  }

  /** OR-Tools' exact assignment on the square matrix; returns {pairs, total score}. */
  private static double[] exactDense(MatchingRequest request) {
    PairAssessment assessment = new PairAssessment(request.mentors(), request.mentees(), request.rules(),
        request.forbiddenPairs());
    int size = assessment.mentors.size();
    int[] breaches = new int[size];
    int[][] units = new int[size][size];
    int maxUnits = 0;
    for (int mentor = 0; mentor < size; mentor++) {
      assessment.breachesOfMentor(mentor, breaches);
      for (int mentee = 0; mentee < size; mentee++) {
        units[mentor][mentee] = breaches[mentee] == 0 ? assessment.scoreUnits(mentor, mentee) : -1;
        maxUnits = Math.max(maxUnits, units[mentor][mentee]);
      }
    }
    long unmatched = (size + 1L) * (maxUnits + 1);
    LinearSumAssignment assignment = new LinearSumAssignment();
    for (int mentor = 0; mentor < size; mentor++) {
      for (int mentee = 0; mentee < size; mentee++) {
        int score = units[mentor][mentee];
        assignment.addArcWithCost(mentor, mentee, score < 0 ? unmatched : maxUnits - score);
      }
    }
    if (assignment.solve() != LinearSumAssignment.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools found no assignment");
    }
    double pairs = 0;
    double total = 0;
    for (int mentor = 0; mentor < size; mentor++) {
      int score = units[mentor][assignment.getRightMate(mentor)];
      if (score >= 0) {
        pairs++;
        total += score / PairAssessment.UNITS_PER_POINT;
      }
    }
    return new double[] {pairs, total};
  }

  private static void sparse(int size, int degree) {
    Random random = new Random(7);
    int[] listStart = new int[size + 1];
    int[] edgeColumn = new int[size * degree];
    int[] edgeUnits = new int[size * degree];
    for (int row = 0; row < size; row++) {
      int[] columns = random.ints(0, size).distinct().limit(degree).sorted().toArray();
      for (int k = 0; k < degree; k++) {
        edgeColumn[row * degree + k] = columns[k];
        edgeUnits[row * degree + k] = 500 * random.nextInt(12);
      }
      listStart[row + 1] = (row + 1) * degree;
    }
    int[] rowList = new int[size];
    Arrays.setAll(rowList, row -> row);
    long weight = (size + 1L) * (500 * 11 + 1);
    long[] rowBase = new long[size];
    SlotGraph graph = new SlotGraph(size, listStart, edgeColumn, edgeUnits, rowList, rowBase, 2 * weight);

    PeakMemory.Measured<int[]> optimal = PeakMemory.measure(() -> ShortestAugmentingPath.solve(graph));
    PeakMemory.Measured<double[]> exact = PeakMemory.measure(() -> exactSparse(graph, weight));
    PeakMemory.Measured<int[]> greedy = PeakMemory.measure(() -> greedySparse(graph));
    double optimum = total(graph, optimal.value());
    String name = String.format("sparse %,d x %,d, %d each", size, size, degree);
    row(name, "optimal", optimal, pairs(optimal.value()), optimum, optimum);
    row(name, "OR-Tools MCF", exact, (int) exact.value()[0], exact.value()[1], optimum);
    row(name, "greedy", greedy, pairs(greedy.value()), total(graph, greedy.value()), optimum);
  }

  private static double[] exactSparse(SlotGraph graph, long weight) {
    int rows = graph.rows();
    int source = rows + graph.columns();
    int sink = source + 1;
    MinCostFlow flow = new MinCostFlow();
    for (int row = 0; row < rows; row++) {
      flow.addArcWithCapacityAndUnitCost(source, row, 1, 0);
      for (int edge = graph.listStart()[row]; edge < graph.listStart()[row + 1]; edge++) {
        flow.addArcWithCapacityAndUnitCost(row, rows + graph.edgeColumn()[edge], 1,
            -(weight + graph.edgeUnits()[edge]));
      }
    }
    for (int column = 0; column < graph.columns(); column++) {
      flow.addArcWithCapacityAndUnitCost(rows + column, sink, 1, 0);
    }
    flow.addArcWithCapacityAndUnitCost(source, sink, rows, 0);
    flow.setNodeSupply(source, rows);
    flow.setNodeSupply(sink, -rows);
    if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools min-cost flow failed");
    }
    long worth = -flow.getOptimalCost();
    return new double[] {worth / weight, (worth % weight) / PairAssessment.UNITS_PER_POINT};
  }

  /** GreedyMatcher's rule on the graph: edges best score first (ties by row, then column), each side once. */
  private static int[] greedySparse(SlotGraph graph) {
    int edges = graph.edgeColumn().length;
    long[] order = new long[edges];
    for (int row = 0; row < graph.rows(); row++) {
      for (int edge = graph.listStart()[row]; edge < graph.listStart()[row + 1]; edge++) {
        order[edge] = ((long) (Integer.MAX_VALUE - graph.edgeUnits()[edge]) << 32) | edge;
      }
    }
    Arrays.sort(order);
    int[] columnOfRow = new int[graph.rows()];
    Arrays.fill(columnOfRow, -1);
    boolean[] taken = new boolean[graph.columns()];
    int row = 0;
    for (long key : order) {
      int edge = (int) key;
      while (graph.listStart()[row + 1] <= edge || graph.listStart()[row] > edge) {
        row = rowOfEdge(graph, edge);
      }
      int column = graph.edgeColumn()[edge];
      if (columnOfRow[row] < 0 && !taken[column]) {
        columnOfRow[row] = column;
        taken[column] = true;
      }
    }
    return columnOfRow;
  }

  private static int rowOfEdge(SlotGraph graph, int edge) {
    int found = Arrays.binarySearch(graph.listStart(), edge);
    if (found >= 0) {
      while (found + 1 < graph.listStart().length && graph.listStart()[found + 1] == edge) {
        found++;
      }
      return found;
    }
    return -found - 2;
  }

  private static int pairs(int[] columnOfRow) {
    return (int) Arrays.stream(columnOfRow).filter(column -> column >= 0).count();
  }

  private static double total(SlotGraph graph, int[] columnOfRow) {
    double total = 0;
    for (int row = 0; row < columnOfRow.length; row++) {
      if (columnOfRow[row] >= 0) {
        int at = Arrays.binarySearch(graph.edgeColumn(), graph.listStart()[row], graph.listStart()[row + 1],
            columnOfRow[row]);
        total += graph.edgeUnits()[at] / PairAssessment.UNITS_PER_POINT;
      }
    }
    return total;
  }

  /** One line of the table; {@code pairs} is "-" where a reference solver reports only the objective. */
  private static void row(String name, String solver, PeakMemory.Measured<?> measured, Object pairs, double total,
      double optimum) {
    String versus = total == optimum ? "optimal" : String.format("%.3f%% lower", 100 * (optimum - total) / optimum);
    System.out.printf("%-28s %-14s %9.2f %11.0f %11.0f %8s %14.3f %s%n", name, solver, measured.seconds(),
        measured.heapMib(), measured.residentMib(), pairs, total, versus);
  }

  /** A random organisation tree to draw candidates from, so line-management chains are real. */
  private static final class Organisation {
    private static final MeetingFormat[] FORMATS = {null, MeetingFormat.ONLINE, MeetingFormat.IN_PERSON};
    private final Random random;
    private final int[] manager;
    private int next = 1;

    Organisation(Random random, int employees) {
      this.random = random;
      manager = new int[employees];
      for (int employee = 1; employee < employees; employee++) {
        // a random recursive tree: chains about ln(employees) long, as shallow as real organisations
        manager[employee] = random.nextInt(employee);
      }
    }

    MatchCandidate candidate(String participantId, int band) {
      int employee = next++;
      List<String> chain = new ArrayList<>();
      for (int above = employee; above != 0; ) {
        above = manager[above];
        chain.add("e" + above);
      }
      return new MatchCandidate(participantId, "e" + employee, band, "dept-" + random.nextInt(20), chain,
          words("topic-", TOPICS, 3 + random.nextInt(4)), words("area-", AREAS, 2 + random.nextInt(3)),
          "area-" + random.nextInt(AREAS), FORMATS[random.nextInt(FORMATS.length)]);
    }

    private Set<String> words(String prefix, int vocabulary, int count) {
      Set<String> words = new HashSet<>();
      while (words.size() < count) {
        words.add(prefix + random.nextInt(vocabulary));
      }
      return words;
    }
  }
}
