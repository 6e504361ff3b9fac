package org.flipside.model.matching;

/**
 * A sparse assignment problem: rows (mentor slots) to columns (mentees), where leaving a row unassigned is always
 * allowed at a fixed cost. Rows of one mentor share one edge list.
 *
 * <p>The cost of assigning row {@code r} along edge {@code e} is {@code rowBase[r] - edgeUnits[e]}.
 *
 * @param columns how many columns there are
 * @param listStart edge list {@code l} is {@code listStart[l]} up to {@code listStart[l + 1]}, columns ascending
 * @param edgeColumn each edge's column
 * @param edgeUnits each edge's score in units
 * @param rowList each row's edge list
 * @param rowBase each row's cost before its edge's score is taken off
 * @param unassignedCost what leaving a row unassigned costs
 */
record SlotGraph(int columns, int[] listStart, int[] edgeColumn, int[] edgeUnits, int[] rowList, long[] rowBase,
    long unassignedCost) {

  int rows() {
    return rowList.length;
  }
}
