package org.flipside.internal.delegate;

import java.util.Optional;
import org.flipside.api.FieldError;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;

/**
 * The rule that holds whenever a programme's bands are set, at scoping or when it expands: in a reverse programme
 * every mentee is more senior than every mentor.
 */
public final class BandOrder {

  private BandOrder() {
  }

  /** The problem with these bands for the programme, naming {@code menteeMinimumBand}, if they break the rule. */
  public static Optional<FieldError> problem(Programme programme, int mentorMaximumBand, int menteeMinimumBand) {
    if (programme.getMode() == ProgrammeMode.REVERSE && menteeMinimumBand <= mentorMaximumBand) {
      return Optional.of(new FieldError(Vars.MENTEE_MINIMUM_BAND.name(),
          "must be above the mentors' highest band (" + mentorMaximumBand + ") in a reverse programme"));
    }
    return Optional.empty();
  }
}
