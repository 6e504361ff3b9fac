package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays someone who reads a published breakdown and tries to work out its hidden figures, using only what is
 * published: the shown cells and totals, and that every row and column adds up to its total.
 */
final class Attacker {

  /** A figure in the grid with margins: row totals in the last column, column totals in the last row. */
  record Position(int row, int column) {
  }

  private final int rows;
  private final int columns;
  /** Known values; null where hidden or where the grid has no such figure. */
  private final Long[][] known;
  private final boolean[][] exists;
  private final List<List<Position>> lines = new ArrayList<>();

  private Attacker(int cellRows, int cellColumns, boolean columnMargins) {
    rows = cellRows + 1;
    columns = cellColumns + 1;
    known = new Long[rows][columns];
    exists = new boolean[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        exists[row][column] = row < cellRows || columnMargins;
      }
    }
    for (int row = 0; row < rows; row++) {
      if (exists[row][0]) {
        List<Position> line = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
          line.add(new Position(row, column));
        }
        lines.add(line);
      }
    }
    if (columnMargins) {
      for (int column = 0; column < columns; column++) {
        List<Position> line = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
          line.add(new Position(row, column));
        }
        lines.add(line);
      }
    }
  }

  /** What the report shows. */
  static Attacker reading(SuppressedBreakdown published) {
    int cellRows = published.rowLabels().size();
    int cellColumns = published.columnLabels().size();
    boolean columnMargins = published.margins() == Margins.ROWS_AND_COLUMNS;
    Attacker attacker = new Attacker(cellRows, cellColumns, columnMargins);
    for (int row = 0; row < cellRows; row++) {
      for (int column = 0; column < cellColumns; column++) {
        attacker.known[row][column] = published.cell(row, column).value();
      }
      attacker.known[row][cellColumns] = published.rowTotal(row).value();
    }
    if (columnMargins) {
      for (int column = 0; column < cellColumns; column++) {
        attacker.known[cellRows][column] = published.columnTotal(column).value();
      }
      attacker.known[cellRows][cellColumns] = published.grandTotal().value();
    }
    return attacker;
  }

  /** What a report that hid only the small figures, with no complementary suppression, would show. */
  static Attacker readingPrimaryOnly(long[][] counts, boolean columnMargins, int threshold) {
    Attacker attacker = new Attacker(counts.length, counts[0].length, columnMargins);
    long[][] grid = withMargins(counts);
    for (int row = 0; row < attacker.rows; row++) {
      for (int column = 0; column < attacker.columns; column++) {
        long value = grid[row][column];
        boolean small = value > 0 && value < threshold;
        attacker.known[row][column] = attacker.exists[row][column] && !small ? value : null;
      }
    }
    return attacker;
  }

  static long[][] withMargins(long[][] counts) {
    long[][] grid = new long[counts.length + 1][counts[0].length + 1];
    for (int row = 0; row < counts.length; row++) {
      for (int column = 0; column < counts[0].length; column++) {
        grid[row][column] = counts[row][column];
        grid[row][counts[0].length] += counts[row][column];
        grid[counts.length][column] += counts[row][column];
        grid[counts.length][counts[0].length] += counts[row][column];
      }
    }
    return grid;
  }

  List<Position> hidden() {
    List<Position> hidden = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        if (exists[row][column] && known[row][column] == null) {
          hidden.add(new Position(row, column));
        }
      }
    }
    return hidden;
  }

  /**
   * The schoolbook attack: wherever a row or column has one unknown left, subtract the known figures from its
   * total (or add them up for a hidden total); where hidden cells must add up to zero, each is zero; and go
   * round again until nothing more comes out.
   */
  Map<Position, Long> bySubtraction() {
    Long[][] values = new Long[rows][];
    for (int row = 0; row < rows; row++) {
      values[row] = known[row].clone();
    }
    Map<Position, Long> recovered = new HashMap<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (List<Position> line : lines) {
        List<Position> unknown = line.stream().filter(p -> values[p.row()][p.column()] == null).toList();
        Position lineTotal = line.get(line.size() - 1);
        if (unknown.size() > 1 && !unknown.contains(lineTotal) && values[lineTotal.row()][lineTotal.column()]
            == line.subList(0, line.size() - 1).stream().filter(p -> !unknown.contains(p))
                .mapToLong(p -> values[p.row()][p.column()]).sum()) {
          // counts are never negative: hidden figures that must add up to nothing are all zero
          unknown.forEach(p -> {
            values[p.row()][p.column()] = 0L;
            recovered.put(p, 0L);
          });
          progress = true;
          continue;
        }
        if (unknown.size() == 1) {
          Position target = unknown.get(0);
          Position total = line.get(line.size() - 1);
          long cellsKnown = line.subList(0, line.size() - 1).stream()
              .filter(p -> !p.equals(target)).mapToLong(p -> values[p.row()][p.column()]).sum();
          long value = target.equals(total) ? cellsKnown : values[total.row()][total.column()] - cellsKnown;
          values[target.row()][target.column()] = value;
          recovered.put(target, value);
          progress = true;
        }
      }
    }
    return recovered;
  }

  /**
   * The thorough attack: writes every published sum as a linear equation in the hidden figures and solves the
   * system (Gauss-Jordan); a hidden figure is exposed when the equations pin it down whatever the others are.
   */
  Map<Position, Long> byLinearAlgebra() {
    List<Position> unknowns = hidden();
    int width = unknowns.size();
    List<double[]> equations = new ArrayList<>();
    for (List<Position> line : lines) {
      double[] equation = new double[width + 1];
      for (int i = 0; i < line.size(); i++) {
        Position position = line.get(i);
        double sign = i == line.size() - 1 ? -1 : 1;
        int index = unknowns.indexOf(position);
        if (index >= 0) {
          equation[index] += sign;
        } else {
          equation[width] -= sign * known[position.row()][position.column()];
        }
      }
      equations.add(equation);
    }
    double[][] matrix = equations.toArray(double[][]::new);
    int[] pivotRowOf = new int[width];
    java.util.Arrays.fill(pivotRowOf, -1);
    int pivotRow = 0;
    for (int column = 0; column < width && pivotRow < matrix.length; column++) {
      int best = pivotRow;
      for (int row = pivotRow; row < matrix.length; row++) {
        if (Math.abs(matrix[row][column]) > Math.abs(matrix[best][column])) {
          best = row;
        }
      }
      if (Math.abs(matrix[best][column]) < 1e-9) {
        continue;
      }
      double[] swap = matrix[best];
      matrix[best] = matrix[pivotRow];
      matrix[pivotRow] = swap;
      double pivot = matrix[pivotRow][column];
      for (int k = 0; k <= width; k++) {
        matrix[pivotRow][k] /= pivot;
      }
      for (int row = 0; row < matrix.length; row++) {
        if (row != pivotRow && Math.abs(matrix[row][column]) > 1e-12) {
          double factor = matrix[row][column];
          for (int k = 0; k <= width; k++) {
            matrix[row][k] -= factor * matrix[pivotRow][k];
          }
        }
      }
      pivotRowOf[column] = pivotRow++;
    }
    Map<Position, Long> recovered = new HashMap<>();
    for (int column = 0; column < width; column++) {
      if (pivotRowOf[column] < 0) {
        continue;
      }
      double[] row = matrix[pivotRowOf[column]];
      boolean alone = true;
      for (int k = 0; k < width; k++) {
        if (k != column && Math.abs(row[k]) > 1e-9) {
          alone = false;
        }
      }
      if (alone) {
        recovered.put(unknowns.get(column), Math.round(row[width]));
      }
    }
    return recovered;
  }
}
