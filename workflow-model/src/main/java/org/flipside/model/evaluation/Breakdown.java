package org.flipside.model.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Counts of people by two characteristics (say, role by answer, or group by band), before any figure is
 * hidden. {@link #suppress(int)} turns it into what may be published.
 */
public final class Breakdown {

  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final long[][] counts;
  private final Margins margins;

  /**
   * @param counts one array per row, one count per column, none negative
   * @throws IllegalArgumentException when the counts do not fit the labels or one is negative
   */
  public Breakdown(List<String> rowLabels, List<String> columnLabels, long[][] counts, Margins margins) {
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.margins = Objects.requireNonNull(margins, "margins");
    if (this.rowLabels.isEmpty() || this.columnLabels.isEmpty()) {
      throw new IllegalArgumentException("a breakdown needs at least one row and one column");
    }
    if (counts.length != this.rowLabels.size()) {
      throw new IllegalArgumentException("counts has " + counts.length + " rows but there are "
          + this.rowLabels.size() + " row labels");
    }
    this.counts = new long[counts.length][];
    for (int row = 0; row < counts.length; row++) {
      if (counts[row].length != this.columnLabels.size()) {
        throw new IllegalArgumentException("counts row " + row + " has " + counts[row].length
            + " columns but there are " + this.columnLabels.size() + " column labels");
      }
      for (int column = 0; column < counts[row].length; column++) {
        if (counts[row][column] < 0) {
          throw new IllegalArgumentException("count at row " + row + ", column " + column + " is negative");
        }
      }
      this.counts[row] = counts[row].clone();
    }
  }

  /**
   * Hides every figure (cell or total) that counts fewer people than the threshold, but not zero, then
   * hides as few and as small further figures as it takes for no hidden one to be worked out from the
   * published totals and cells. A published zero says only that nobody is in a group, which singles out no
   * one; a hidden zero would protect nothing. Deterministic: the same counts give the same pattern.
   *
   * @param threshold the programme's anonymity threshold, at least 1
   */
  public SuppressedBreakdown suppress(int threshold) {
    return suppress(threshold, (row, column) -> false);
  }

  /**
   * As {@link #suppress(int)}, but a figure the caller calls disclosive is hidden as primary whatever its count
   * (say, a group whose answers are nearly all the same), and the complementary figures protect it too.
   *
   * @param disclosive whether the figure at a row and column of the grid with its margins must be hidden: the row
   *     totals are column {@code columnLabels().size()}, the column totals row {@code rowLabels().size()}
   */
  public SuppressedBreakdown suppress(int threshold, BiPredicate<Integer, Integer> disclosive) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1 but was " + threshold);
    }
    SuppressionGrid grid = new SuppressionGrid(counts, margins);
    grid.suppress(threshold, disclosive);
    return new SuppressedBreakdown(rowLabels, columnLabels, margins, grid.result());
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
}
