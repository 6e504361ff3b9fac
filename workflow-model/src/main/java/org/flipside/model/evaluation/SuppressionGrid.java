package org.flipside.model.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Primary and complementary (secondary) suppression on one breakdown with its totals.
 *
 * <p>The table is held with its margins: row totals in the last column and, with column margins, column
 * totals and the grand total in the last row. Every row and column of that grid is a published sum ("line").
 * A hidden figure can be worked out exactly when it is alone among the hidden figures of a line, and, more
 * subtly, when it is a bridge in the graph whose nodes are the grid's rows and columns and whose edges are the
 * hidden figures: the published sums then pin it however many hidden figures share its lines. Hidden figures
 * that lie on a cycle of that graph can all move together (+t, -t, ... around the cycle) without changing any
 * published sum, so none of them is determined; with every hidden figure positive, even knowing that counts
 * are never negative does not pin them. So: hide the small figures, then repeatedly add the smallest figure
 * that gives a lone hidden figure a partner, then the smallest that puts a bridge on a cycle.
 */
final class SuppressionGrid {

  private final int rows;
  private final int columns;
  private final long[][] value;
  private final boolean[][] exists;
  private final Suppression[][] mark;
  private final List<int[][]> lines = new ArrayList<>();
  private final boolean columnMargins;

  SuppressionGrid(long[][] counts, Margins margins) {
    int cellRows = counts.length;
    int cellColumns = counts[0].length;
    this.rows = cellRows + 1;
    this.columns = cellColumns + 1;
    this.columnMargins = margins == Margins.ROWS_AND_COLUMNS;
    this.value = new long[rows][columns];
    this.exists = new boolean[rows][columns];
    this.mark = new Suppression[rows][columns];
    for (int row = 0; row < cellRows; row++) {
      for (int column = 0; column < cellColumns; column++) {
        long count = counts[row][column];
        value[row][column] = count;
        value[row][cellColumns] += count;
        value[cellRows][column] += count;
        value[cellRows][cellColumns] += count;
      }
    }
    for (int row = 0; row < rows; row++) {
      Arrays.fill(exists[row], row < cellRows || columnMargins);
    }
    for (int row = 0; row < rows; row++) {
      if (exists[row][0]) {
        lines.add(line(row, true));
      }
    }
    if (columnMargins) {
      for (int column = 0; column < columns; column++) {
        lines.add(line(column, false));
      }
    }
  }

  void suppress(int threshold, BiPredicate<Integer, Integer> disclosive) {
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        long count = value[row][column];
        mark[row][column] = exists[row][column] && count > 0 && (count < threshold || disclosive.test(row, column))
            ? Suppression.PRIMARY : Suppression.PUBLISHED;
      }
    }
    while (partnerALoneHiddenFigure() || columnMargins && closeACycleThroughABridge()) {
      // each round hides one more figure; the grid is finite, so this ends
    }
  }

  TableCell[][] result() {
    TableCell[][] cells = new TableCell[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        if (exists[row][column]) {
          cells[row][column] = mark[row][column].hidden()
              ? TableCell.hidden(mark[row][column])
              : TableCell.published(value[row][column]);
        }
      }
    }
    return cells;
  }

  /** Hides one more figure in the first line that has exactly one hidden figure; false when there is none. */
  private boolean partnerALoneHiddenFigure() {
    for (int[][] line : lines) {
      if (Arrays.stream(line).filter(this::hidden).count() == 1) {
        List<int[]> candidates = Arrays.stream(line).filter(cell -> !hidden(cell) && value(cell) > 0).toList();
        // the smallest figure; among equals, one whose other line already hides something, so it spreads less
        hide(candidates.stream().min(Comparator.<int[]>comparingLong(this::value)
            .thenComparing(cell -> otherLineHidesSomething(cell, line) ? 0 : 1)
            .thenComparing(SuppressionGrid::position)).orElseThrow());
        return true;
      }
    }
    return false;
  }

  /** Hides one more figure so that the first bridge lies on a cycle; false when there is no bridge. */
  private boolean closeACycleThroughABridge() {
    int[] bridge = new BridgeFinder().firstBridge();
    if (bridge == null) {
      return false;
    }
    boolean[] sideOfRow = reachableWithout(bridge, bridge[0]);
    boolean[] sideOfColumn = reachableWithout(bridge, rows + bridge[1]);
    Predicate<int[]> joinsTheSides = cell ->
        sideOfRow[cell[0]] && sideOfColumn[rows + cell[1]] || sideOfColumn[cell[0]] && sideOfRow[rows + cell[1]];
    Predicate<int[]> touchesTheBridge = cell -> cell[0] == bridge[0] || cell[1] == bridge[1];
    // a positive figure that closes the cycle; failing that a zero (which still blocks an exact answer);
    // failing that one that grows the bridge's component, so a later round can close it
    List<Predicate<int[]>> preferences = List.of(
        joinsTheSides.and(cell -> value(cell) > 0), joinsTheSides, touchesTheBridge, cell -> true);
    for (Predicate<int[]> preference : preferences) {
      int[] chosen = publishedCells().filter(preference)
          .min(Comparator.<int[]>comparingLong(this::value).thenComparing(SuppressionGrid::position)).orElse(null);
      if (chosen != null) {
        hide(chosen);
        return true;
      }
    }
    throw new IllegalStateException("a bridge remains but every figure is hidden");
  }

  private Stream<int[]> publishedCells() {
    List<int[]> cells = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        if (exists[row][column] && !mark[row][column].hidden()) {
          cells.add(new int[] {row, column});
        }
      }
    }
    return cells.stream();
  }

  /** Nodes 0..rows-1 are rows, rows..rows+columns-1 columns; edges are hidden figures, less the bridge. */
  private boolean[] reachableWithout(int[] bridge, int start) {
    boolean[] seen = new boolean[rows + columns];
    Deque<Integer> queue = new ArrayDeque<>();
    seen[start] = true;
    queue.add(start);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int next : neighbours(node)) {
        boolean isBridge = node < rows
            ? node == bridge[0] && next - rows == bridge[1]
            : next == bridge[0] && node - rows == bridge[1];
        if (!isBridge && !seen[next]) {
          seen[next] = true;
          queue.add(next);
        }
      }
    }
    return seen;
  }

  private List<Integer> neighbours(int node) {
    List<Integer> neighbours = new ArrayList<>();
    if (node < rows) {
      for (int column = 0; column < columns; column++) {
        if (exists[node][column] && mark[node][column].hidden()) {
          neighbours.add(rows + column);
        }
      }
    } else {
      for (int row = 0; row < rows; row++) {
        if (exists[row][node - rows] && mark[row][node - rows].hidden()) {
          neighbours.add(row);
        }
      }
    }
    return neighbours;
  }

  private boolean otherLineHidesSomething(int[] cell, int[][] line) {
    for (int[][] other : lines) {
      if (other != line && Arrays.stream(other).anyMatch(member -> Arrays.equals(member, cell))
          && Arrays.stream(other).anyMatch(this::hidden)) {
        return true;
      }
    }
    return false;
  }

  private int[][] line(int index, boolean isRow) {
    List<int[]> cells = new ArrayList<>();
    int length = isRow ? columns : rows;
    for (int i = 0; i < length; i++) {
      int[] cell = isRow ? new int[] {index, i} : new int[] {i, index};
      if (exists[cell[0]][cell[1]]) {
        cells.add(cell);
      }
    }
    return cells.toArray(int[][]::new);
  }

  private boolean hidden(int[] cell) {
    return mark[cell[0]][cell[1]].hidden();
  }

  private long value(int[] cell) {
    return value[cell[0]][cell[1]];
  }

  private void hide(int[] cell) {
    mark[cell[0]][cell[1]] = Suppression.COMPLEMENTARY;
  }

  private static int position(int[] cell) {
    return cell[0] * 100_000 + cell[1];
  }

  /** Tarjan's bridge search over the hidden figures' row-column graph. */
  private final class BridgeFinder {

    private final int[] discovered = new int[rows + columns];
    private final int[] low = new int[rows + columns];
    private final List<int[]> bridges = new ArrayList<>();
    private int clock;

    /** The bridge {row, column} that comes first in reading order, or null. */
    int[] firstBridge() {
      for (int node = 0; node < rows + columns; node++) {
        if (discovered[node] == 0) {
          visit(node, -1);
        }
      }
      return bridges.stream().min(Comparator.comparing(SuppressionGrid::position)).orElse(null);
    }

    private void visit(int node, int parent) {
      discovered[node] = ++clock;
      low[node] = discovered[node];
      for (int next : neighbours(node)) {
        if (discovered[next] == 0) {
          visit(next, node);
          low[node] = Math.min(low[node], low[next]);
          if (low[next] > discovered[node]) {
            bridges.add(node < rows ? new int[] {node, next - rows} : new int[] {next, node - rows});
          }
        } else if (next != parent) {
          low[node] = Math.min(low[node], discovered[next]);
        }
      }
    }
  }
}
