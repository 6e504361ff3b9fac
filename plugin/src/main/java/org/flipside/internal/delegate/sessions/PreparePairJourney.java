package org.flipside.internal.delegate.sessions;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;

/**
 * Sets up a pair's journey: who the partners are, how many session periods lie ahead at the
 * programme's minimum frequency (until the pair's agreement sets its own), which period holds the
 * midpoint pulse survey, and the programme's agreement template, which the draft form starts from.
 */
public final class PreparePairJourney implements JavaDelegate {

  private final DelegateContext context;

  public PreparePairJourney(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    Programme programme = pairing.getCohort().getProgramme();
    String mentorId = pairing.getMentor().getEmployeeId();
    String menteeId = pairing.getMentee().getEmployeeId();
    int planned = SessionPeriods.planned(programme.getDurationMonths(), programme.getSessionCadence());
    Variables.set(execution, Vars.MENTOR_ID, mentorId);
    Variables.set(execution, Vars.MENTEE_ID, menteeId);
    Variables.set(execution, Vars.PARTNER_IDS, List.of(mentorId, menteeId));
    Variables.set(execution, Vars.SESSION_CADENCE, programme.getSessionCadence());
    Variables.set(execution, Vars.PLANNED_PERIODS, planned);
    Variables.set(execution, Vars.PULSE_PERIOD, SessionPeriods.midpoint(planned));
    Variables.set(execution, Vars.PERIOD_NUMBER, 0);
    Variables.set(execution, Vars.MISSED_IN_A_ROW, 0);
    Variables.set(execution, Vars.CHECK_IN_AFTER_MISSED,
        SessionPeriods.checkInAfterMissed(programme.getSessionCadence(), programme.getSessionCadence()));

    Variables.set(execution, Vars.MEETING_FORMAT, FormChoices.formValue(programme.getAgreementMeetingFormat()));
    // the draft starts at the programme's minimum; the pair may agree to meet more often
    Variables.set(execution, Vars.FREQUENCY, programme.getSessionCadence());
    Variables.set(execution, Vars.ARRANGER, FormChoices.formValue(programme.getAgreementArranger()));
    Variables.set(execution, Vars.PROTECTED_TIME, programme.isAgreementProtectedTime());
  }
}
