package org.flipside.model.matching;

import java.util.Arrays;

/**
 * Solves a {@link SlotGraph} exactly: every row is assigned to a distinct column or left unassigned, at least total
 * cost.
 *
 * <p>The method is the shortest augmenting path algorithm of Jonker and Volgenant in the form Crouse gives for
 * rectangular problems (the one SciPy's {@code linear_sum_assignment} uses), run on the sparse edge lists: row and
 * column potentials keep reduced costs non-negative, so each augmentation is a Dijkstra search that stops at the
 * first free column it settles. Leaving a row unassigned is modelled as a private column per row, so a solution
 * always exists and the rows' order cannot change the optimum. All arithmetic is on longs: results are exact and
 * repeatable.
 *
 * <p>Why not a library: OR-Tools' {@code LinearSumAssignment} solves this exactly, but at 5,000 per side with dense
 * scores it took 6 to 13 s on the 2-core target machine (adding 25 million arcs through JNI, then its cost-scaling
 * solve), above the 5 s target that this meets with room to spare, and it would put platform-specific native
 * libraries into the host's plugin. JGraphT's matching algorithms work on object graphs with an object per edge,
 * far too heavy for 25 million candidate pairs. OR-Tools stays in test scope, as the independent exact solver that
 * the optimality test and the benchmark compare against.
 */
final class ShortestAugmentingPath {

  private static final long UNREACHED = Long.MAX_VALUE;

  private final SlotGraph graph;
  private final int rows;
  /** Columns 0..columns-1 are real; column {@code columns + r} is row r's "unassigned" column. */
  private final int allColumns;
  private final long[] rowPotential;
  private final long[] columnPotential;
  private final int[] columnOfRow;
  private final int[] rowOfColumn;

  private final long[] distance;
  private final int[] predecessor;
  /** Columns reached by the current search: settled, then reached but not yet scanned, then the frontier. */
  private final int[] reached;
  private final int[] position;
  private final int[] scannedRows;
  private int reachedCount;
  private int settledEnd;
  private int unscannedEnd;
  private int scannedCount;
  /** The current shortest distance: every settled or to-do column is this near or nearer. */
  private long reach;

  private ShortestAugmentingPath(SlotGraph graph) {
    this.graph = graph;
    rows = graph.rows();
    allColumns = graph.columns() + rows;
    rowPotential = new long[rows];
    columnPotential = new long[allColumns];
    columnOfRow = new int[rows];
    rowOfColumn = new int[allColumns];
    Arrays.fill(columnOfRow, -1);
    Arrays.fill(rowOfColumn, -1);
    distance = new long[allColumns];
    Arrays.fill(distance, UNREACHED);
    predecessor = new int[allColumns];
    reached = new int[allColumns];
    position = new int[allColumns];
    scannedRows = new int[rows];
  }

  /** Each row's column, or -1 where the row is best left unassigned. */
  static int[] solve(SlotGraph graph) {
    ShortestAugmentingPath solver = new ShortestAugmentingPath(graph);
    solver.assignCheapestFreeColumns();
    for (int row = 0; row < solver.rows; row++) {
      if (solver.columnOfRow[row] < 0) {
        solver.augmentFrom(row);
      }
    }
    return solver.assignment();
  }

  /**
   * A head start that keeps the potentials valid: each row's potential is its cheapest cost, and it takes that
   * column when no earlier row has. Most rows are assigned here; the searches then settle the contested ones.
   */
  private void assignCheapestFreeColumns() {
    for (int row = 0; row < rows; row++) {
      int list = graph.rowList()[row];
      long cheapest = graph.unassignedCost();
      int cheapestColumn = graph.columns() + row;
      for (int edge = graph.listStart()[list]; edge < graph.listStart()[list + 1]; edge++) {
        long cost = graph.rowBase()[row] - graph.edgeUnits()[edge];
        if (cost < cheapest || cost == cheapest && rowOfColumn[graph.edgeColumn()[edge]] < 0
            && rowOfColumn[cheapestColumn] >= 0) {
          cheapest = cost;
          cheapestColumn = graph.edgeColumn()[edge];
        }
      }
      rowPotential[row] = cheapest;
      if (rowOfColumn[cheapestColumn] < 0) {
        assign(row, cheapestColumn);
      }
    }
  }

  /**
   * Finds the cheapest augmenting path from a free row to a free column and flips it.
   *
   * <p>As in Jonker and Volgenant's implementation, the columns reached are kept in one array split into three
   * runs: settled, "to do" (at the current shortest distance, settled next without another search for the
   * minimum) and the frontier (reached, farther). Scores take few distinct values, so many columns tie and whole
   * runs are settled per search for the minimum; a free column at the shortest distance ends the search at once.
   */
  private void augmentFrom(int freeRow) {
    reachedCount = 0;
    settledEnd = 0;
    unscannedEnd = 0;
    scannedCount = 0;
    reach = 0;
    int sink = scan(freeRow);
    while (sink < 0) {
      if (settledEnd == unscannedEnd) {
        sink = gatherNearest();
        if (sink >= 0) {
          break;
        }
      }
      int column = reached[settledEnd++];
      sink = scan(rowOfColumn[column]);
    }
    updatePotentials(freeRow);
    flipPath(freeRow, sink);
  }

  /**
   * Relaxes the edges of a row reached at the current distance; returns a free column found at that distance, or
   * -1.
   */
  private int scan(int row) {
    scannedRows[scannedCount++] = row;
    int list = graph.rowList()[row];
    int end = graph.listStart()[list + 1];
    long base = reach + graph.rowBase()[row] - rowPotential[row];
    int[] edgeColumn = graph.edgeColumn();
    int[] edgeUnits = graph.edgeUnits();
    for (int edge = graph.listStart()[list]; edge < end; edge++) {
      int column = edgeColumn[edge];
      long candidate = base - edgeUnits[edge] - columnPotential[column];
      if (candidate < distance[column] && relax(row, column, candidate)) {
        return column;
      }
    }
    int unassigned = graph.columns() + row;
    long candidate = reach + graph.unassignedCost() - rowPotential[row] - columnPotential[unassigned];
    if (candidate < distance[unassigned] && relax(row, unassigned, candidate)) {
      return unassigned;
    }
    return -1;
  }

  /** Records a shorter distance to a column not yet settled; true when it is a free column at the current one. */
  private boolean relax(int row, int column, long candidate) {
    if (distance[column] == UNREACHED) {
      position[column] = reachedCount;
      reached[reachedCount++] = column;
    } else if (position[column] < unscannedEnd) {
      return false;
    }
    distance[column] = candidate;
    predecessor[column] = row;
    if (candidate == reach) {
      if (rowOfColumn[column] < 0) {
        return true;
      }
      moveTo(column, unscannedEnd++);
    }
    return false;
  }

  /**
   * Moves every frontier column at the shortest distance into "to do" and raises the current distance to it;
   * returns one of them that is free, or -1.
   */
  private int gatherNearest() {
    long nearest = UNREACHED;
    for (int k = unscannedEnd; k < reachedCount; k++) {
      nearest = Math.min(nearest, distance[reached[k]]);
    }
    reach = nearest;
    for (int k = unscannedEnd; k < reachedCount; k++) {
      int column = reached[k];
      if (distance[column] == nearest) {
        if (rowOfColumn[column] < 0) {
          return column;
        }
        moveTo(column, unscannedEnd++);
      }
    }
    return -1;
  }

  private void moveTo(int column, int target) {
    int displaced = reached[target];
    int from = position[column];
    reached[target] = column;
    position[column] = target;
    reached[from] = displaced;
    position[displaced] = from;
  }

  /** Keeps reduced costs non-negative and the new path tight, then forgets the search. */
  private void updatePotentials(int freeRow) {
    rowPotential[freeRow] += reach;
    for (int k = 1; k < scannedCount; k++) {
      int scanned = scannedRows[k];
      rowPotential[scanned] += reach - distance[columnOfRow[scanned]];
    }
    for (int k = 0; k < settledEnd; k++) {
      int column = reached[k];
      columnPotential[column] -= reach - distance[column];
    }
    for (int k = 0; k < reachedCount; k++) {
      distance[reached[k]] = UNREACHED;
    }
  }

  private void flipPath(int freeRow, int sink) {
    int column = sink;
    while (true) {
      int row = predecessor[column];
      int previous = columnOfRow[row];
      assign(row, column);
      if (row == freeRow) {
        return;
      }
      column = previous;
    }
  }

  private void assign(int row, int column) {
    rowOfColumn[column] = row;
    columnOfRow[row] = column;
  }

  private int[] assignment() {
    int[] result = new int[rows];
    for (int row = 0; row < rows; row++) {
      result[row] = columnOfRow[row] < graph.columns() ? columnOfRow[row] : -1;
    }
    return result;
  }
}
