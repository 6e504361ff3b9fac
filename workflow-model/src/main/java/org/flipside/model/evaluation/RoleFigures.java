package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.flipside.model.ParticipantRole;

/**
 * The answers behind one family of figures, for several rows (measures or questions) and each role, suppressed
 * together: the rows by roles form one {@link Breakdown} whose "both roles" figure is the row total, so a hidden
 * role's figure cannot be worked out from the other role and the total. Every table of the family is computed on
 * the same groups and hidden in the same places, so no two tables can be set against each other.
 *
 * @param <E> what one person contributes to a row
 */
final class RoleFigures<E> {

  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());

  private final List<Map<ParticipantRole, List<E>>> values;
  private final SuppressedBreakdown suppressed;

  /**
   * @param rowLabels one label a row
   * @param values for each row, what each person of each role contributes
   * @param disclosive whether a group's figures would tell something of each member whatever its size; such a
   *     group is hidden as primary
   */
  RoleFigures(List<String> rowLabels, List<Map<ParticipantRole, List<E>>> values, int threshold,
      Predicate<List<E>> disclosive) {
    this.values = values;
    long[][] counts = values.stream()
        .map(byRole -> ROLES.stream().mapToLong(role -> byRole.get(role).size()).toArray())
        .toArray(long[][]::new);
    this.suppressed = rowLabels.isEmpty() ? null : new Breakdown(rowLabels,
        ROLES.stream().map(Enum::name).toList(), counts, Margins.ROWS_ONLY)
        .suppress(threshold, (row, column) -> disclosive.test(group(row, column)));
  }

  /** An empty list for each role. */
  static <E> Map<ParticipantRole, List<E>> emptyByRole() {
    Map<ParticipantRole, List<E>> map = new EnumMap<>(ParticipantRole.class);
    ROLES.forEach(role -> map.put(role, new ArrayList<>()));
    return map;
  }

  /** One row's figures, each computed from its group's contributions, of which there is at least one. */
  <T> GroupFigures<T> row(int row, Function<List<E>, T> figure) {
    Map<ParticipantRole, Reported<T>> byRole = new EnumMap<>(ParticipantRole.class);
    for (int column = 0; column < ROLES.size(); column++) {
      byRole.put(ROLES.get(column), reported(suppressed.cell(row, column), group(row, column), figure));
    }
    return new GroupFigures<>(byRole, reported(suppressed.rowTotal(row), group(row, ROLES.size()), figure));
  }

  /**
   * Whether any group of the row that is shown satisfies the test. A statistic that adds up across groups (a
   * count, a sum of squares) is shown for all of a row's groups or for none, or a withheld one would be the
   * difference of the others.
   */
  boolean anyShownGroup(int row, Predicate<List<E>> test) {
    for (int column = 0; column <= ROLES.size(); column++) {
      TableCell count = column < ROLES.size() ? suppressed.cell(row, column) : suppressed.rowTotal(row);
      if (!count.hidden() && test.test(group(row, column))) {
        return true;
      }
    }
    return false;
  }

  /** The contributions of a role, or of everyone for the total's column. */
  private List<E> group(int row, int column) {
    if (column < ROLES.size()) {
      return values.get(row).get(ROLES.get(column));
    }
    return values.get(row).values().stream().flatMap(List::stream).toList();
  }

  private static <E, T> Reported<T> reported(TableCell count, List<E> answers, Function<List<E>, T> figure) {
    if (count.hidden()) {
      return Reported.hidden(count.suppression());
    }
    // nobody answered: there is no figure, and "fewer than the threshold" is as true of none as of a few
    return answers.isEmpty() ? Reported.hidden(Suppression.PRIMARY) : Reported.shown(figure.apply(answers));
  }
}
