package org.flipside.internal.delegate.rollout;

import java.util.List;
import java.util.stream.Collectors;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.host.Directory;
import org.flipside.model.Ambassador;
import org.flipside.model.Cohort;

/**
 * The line of the invitation to apply that names the ambassadors from the cohort before: people to ask what
 * taking part is like. Empty while no one has accepted. It is built when the invitation is read, never kept in the
 * engine, so it names whoever has accepted by then and drops anyone who has left.
 */
public final class AmbassadorsNote {

  private AmbassadorsNote() {
  }

  /** The note for the ambassadors from this cohort; empty for none, or when there is no such cohort. */
  public static String of(Repositories data, Directory directory, Cohort fromCohort) {
    List<String> ambassadors = ids(data, directory, fromCohort);
    if (ambassadors.isEmpty()) {
      return "";
    }
    return "Ask our ambassadors from the last cohort what taking part is like: " + ambassadors.stream()
        .map(directory::nameOf).collect(Collectors.joining(", ")) + ".";
  }

  /** The employee ids of the ambassadors from this cohort who still work here; empty when there is no such cohort. */
  public static List<String> ids(Repositories data, Directory directory, Cohort fromCohort) {
    if (fromCohort == null) {
      return List.of();
    }
    return data.ambassadors().findByCohort(fromCohort.getId()).stream().map(Ambassador::getEmployeeId)
        .filter(directory::isEmployed).toList();
  }
}
