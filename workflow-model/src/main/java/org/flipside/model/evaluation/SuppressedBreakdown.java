package org.flipside.model.evaluation;

import java.util.List;

/**
 * A breakdown as it may be published: every figure either shown or hidden, with why. The hidden values are not
 * kept here.
 */
public final class SuppressedBreakdown {

  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final Margins margins;
  /** Cells, with the row totals in the last column and (with column margins) the column totals in the last row. */
  private final TableCell[][] grid;

  SuppressedBreakdown(List<String> rowLabels, List<String> columnLabels, Margins margins, TableCell[][] grid) {
    this.rowLabels = rowLabels;
    this.columnLabels = columnLabels;
    this.margins = margins;
    this.grid = grid;
  }

  public List<String> rowLabels() {
    return rowLabels;
  }

  public List<String> columnLabels() {
    return columnLabels;
  }

  public Margins margins() {
    return margins;
  }

  public TableCell cell(int row, int column) {
    return grid[checkRow(row)][checkColumn(column)];
  }

  public TableCell rowTotal(int row) {
    return grid[checkRow(row)][columnLabels.size()];
  }

  /** @throws IllegalStateException when the breakdown has no column totals */
  public TableCell columnTotal(int column) {
    return totalsRow()[checkColumn(column)];
  }

  /** @throws IllegalStateException when the breakdown has no column totals */
  public TableCell grandTotal() {
    return totalsRow()[columnLabels.size()];
  }

  /** How many figures, totals included, are hidden for the given reason. */
  public int count(Suppression suppression) {
    int count = 0;
    for (TableCell[] row : grid) {
      for (TableCell cell : row) {
        if (cell != null && cell.suppression() == suppression) {
          count++;
        }
      }
    }
    return count;
  }

  private TableCell[] totalsRow() {
    if (margins != Margins.ROWS_AND_COLUMNS) {
      throw new IllegalStateException("this breakdown publishes no column totals");
    }
    return grid[rowLabels.size()];
  }

  private int checkRow(int row) {
    if (row < 0 || row >= rowLabels.size()) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rowLabels.size());
    }
    return row;
  }

  private int checkColumn(int column) {
    if (column < 0 || column >= columnLabels.size()) {
      throw new IndexOutOfBoundsException("column " + column + " of " + columnLabels.size());
    }
    return column;
  }
}
