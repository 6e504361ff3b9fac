package org.flipside.internal.delegate.sessions;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/**
 * Sets up a pair's journey: who the partners are, how many session periods lie ahead, which period
 * holds the midpoint pulse survey, and the programme's agreement template, which the draft form
 * starts from.
 */
public final class PreparePairJourney implements JavaDelegate {

  /** The frequencies the learning agreement form offers; another cadence starts the draft at monthly. */
  private static final Set<String> AGREEMENT_FREQUENCIES = Set.of("P2W", "P1M", "P6W");

  private final DelegateContext context;

  public PreparePairJourney(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(Variables.string(execution, "pairingId"));
    Programme programme = pairing.getCohort().getProgramme();
    String mentorId = pairing.getMentor().getEmployeeId();
    String menteeId = pairing.getMentee().getEmployeeId();
    int planned = SessionPeriods.planned(programme.getDurationMonths(), programme.getSessionCadence());
    execution.setVariable("mentorId", mentorId);
    execution.setVariable("menteeId", menteeId);
    execution.setVariable("partnerIds", Variables.list(List.of(mentorId, menteeId)));
    execution.setVariable("sessionCadence", programme.getSessionCadence());
    execution.setVariable("plannedPeriods", planned);
    execution.setVariable("pulsePeriod", SessionPeriods.midpoint(planned));
    execution.setVariable("periodNumber", 0);
    execution.setVariable("missedInARow", 0);

    execution.setVariable("meetingFormat", FormChoices.formValue(programme.getAgreementMeetingFormat()));
    execution.setVariable("frequency", AGREEMENT_FREQUENCIES.contains(programme.getSessionCadence())
        ? programme.getSessionCadence() : "P1M");
    execution.setVariable("arranger", FormChoices.formValue(programme.getAgreementArranger()));
    execution.setVariable("protectedTime", programme.isAgreementProtectedTime());
    if (programme.getAgreementBoundaries() != null) {
      execution.setVariable("boundaries", programme.getAgreementBoundaries());
    }
  }
}
