package org.flipside.model.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flipside.model.Programme;

/** The goals written at scoping, one per line (or separated by semicolons), without list bullets or numbers. */
public final class ProgrammeGoals {

  private ProgrammeGoals() {
  }

  /** The goals in the order they were written. */
  public static List<String> of(Programme programme) {
    String goals = programme.getGoals();
    if (goals == null) {
      return List.of();
    }
    return Arrays.stream(goals.split("[\\r\\n;]+"))
        .map(goal -> goal.strip().replaceFirst("^([-*\u2022]|\\d+[.)])\\s*", "").strip())
        .filter(goal -> !goal.isEmpty())
        .distinct()
        .toList();
  }

  /** The goal as written at scoping that matches the given text, ignoring case and surrounding space. */
  static Optional<String> match(Programme programme, String goal) {
    String wanted = goal.strip().toLowerCase(Locale.ROOT);
    return of(programme).stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }
}
