package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flipside.model.ParticipantRole;

/**
 * One kind of figure for several rows (measures or questions) and each role, suppressed together: the rows by roles
 * form one {@link Breakdown} whose "both roles" figure is the row total, so a hidden role's figure cannot be worked
 * out from the other role and the total.
 *
 * @param <T> the figure's type
 */
final class RoleFigures<T> {

  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());

  private final List<Map<ParticipantRole, List<Double>>> values;
  private final SuppressedBreakdown suppressed;
  private final Function<List<Double>, T> figure;

  /**
   * @param rowLabels one label a row
   * @param values for each row, the answers of each role
   * @param figure the figure of a group's answers, of which there is at least one
   */
  RoleFigures(List<String> rowLabels, List<Map<ParticipantRole, List<Double>>> values, int threshold,
      Function<List<Double>, T> figure) {
    this.values = values;
    this.figure = figure;
    long[][] counts = values.stream()
        .map(byRole -> ROLES.stream().mapToLong(role -> byRole.get(role).size()).toArray())
        .toArray(long[][]::new);
    this.suppressed = rowLabels.isEmpty() ? null : new Breakdown(rowLabels,
        ROLES.stream().map(Enum::name).toList(), counts, Margins.ROWS_ONLY).suppress(threshold);
  }

  /** An empty list of answers for each role. */
  static Map<ParticipantRole, List<Double>> emptyByRole() {
    Map<ParticipantRole, List<Double>> map = new EnumMap<>(ParticipantRole.class);
    ROLES.forEach(role -> map.put(role, new ArrayList<>()));
    return map;
  }

  GroupFigures<T> row(int row) {
    Map<ParticipantRole, Reported<T>> byRole = new EnumMap<>(ParticipantRole.class);
    for (int column = 0; column < ROLES.size(); column++) {
      byRole.put(ROLES.get(column), reported(suppressed.cell(row, column), values.get(row).get(ROLES.get(column))));
    }
    List<Double> everyone = values.get(row).values().stream().flatMap(List::stream).toList();
    return new GroupFigures<>(byRole, reported(suppressed.rowTotal(row), everyone));
  }

  private Reported<T> reported(TableCell count, List<Double> answers) {
    if (count.hidden()) {
      return Reported.hidden(count.suppression());
    }
    // nobody answered: there is no figure, and "fewer than the threshold" is as true of none as of a few
    return answers.isEmpty() ? Reported.hidden(Suppression.PRIMARY) : Reported.shown(figure.apply(answers));
  }
}
