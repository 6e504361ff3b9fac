package org.flipside.internal.delegate.rollout;

import java.util.List;
import java.util.stream.Collectors;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Ambassador;
import org.flipside.model.Cohort;
import org.flipside.model.repository.AmbassadorRepository;

/**
 * The line of the invitation to apply that names the ambassadors from the cohort before: people to ask what
 * taking part is like. Empty while no one has accepted.
 */
public final class AmbassadorsNote {

  /** The process variable the application form shows. */
  public static final String VARIABLE = "ambassadorsNote";

  private AmbassadorsNote() {
  }

  /** The note for the ambassadors from this cohort; empty for none, or when there is no such cohort. */
  public static String of(DelegateContext context, Cohort fromCohort) {
    if (fromCohort == null) {
      return "";
    }
    List<Ambassador> ambassadors =
        new AmbassadorRepository(context.data().entityManager()).findByCohort(fromCohort.getId());
    if (ambassadors.isEmpty()) {
      return "";
    }
    return "Ask our ambassadors from the last cohort what taking part is like: " + ambassadors.stream()
        .map(ambassador -> context.directory().nameOf(ambassador.getEmployeeId()))
        .collect(Collectors.joining(", ")) + ".";
  }
}
