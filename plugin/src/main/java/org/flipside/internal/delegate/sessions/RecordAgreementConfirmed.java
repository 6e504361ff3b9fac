package org.flipside.internal.delegate.sessions;

import static org.flipside.spi.NotificationParameter.JUNIOR_ROLE;
import static org.flipside.spi.NotificationParameter.MENTEE;
import static org.flipside.spi.NotificationParameter.MENTOR;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.SAFEGUARD;
import static org.flipside.spi.NotificationParameter.VERSION;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/**
 * The second partner agreed the pair's draft: it is confirmed by both and replaces the version that
 * held until now, whose drafter hears that their change holds. The agreed frequency becomes the pair's
 * rhythm from its next period: the periods left are replanned in it (so a pair meeting fortnightly logs
 * two sessions a month), the reminder decision is asked with it, and the check-in comes once the pair's
 * missed periods take it below the programme's minimum. A version that drops a safeguard on power dynamics
 * ({@link AgreementSafeguards}) tells the programme's manager. Protected time becomes, or stays, a recurring hold
 * in both partners' calendars ({@link ProtectedTimeHold}).
 */
public final class RecordAgreementConfirmed implements JavaDelegate {

  private final DelegateContext context;

  public RecordAgreementConfirmed(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pairingId = Variables.require(execution, Vars.PAIRING_ID);
    Pairing pairing = context.pairing(pairingId);
    LearningAgreement draft = context.data().agreements().findPendingDraft(pairingId)
        .orElseThrow(() -> new IllegalStateException("pairing " + pairingId + " has no draft agreement to confirm"));
    Optional<LearningAgreement> earlier = context.data().agreements().findConfirmed(pairingId);
    String confirmer = Variables.optional(execution, Vars.COMPLETED_BY);
    ParticipantRole side = confirmer == null ? ParticipantRole.MENTOR : pairing.roleOf(confirmer)
        .orElseThrow(() -> new IllegalStateException(confirmer + " is not a partner in pairing " + pairingId));
    if (!draft.confirmBy(side, context.now())) {
      throw new IllegalStateException("version " + draft.getAgreementVersion() + " of pairing " + pairingId
          + " still waits for its drafter's confirmation");
    }
    keepRhythm(execution, pairing.getCohort().getProgramme(), draft.getFrequency());
    new ProtectedTimeHold(context).confirmed(pairing, draft, earlier);
    tellManagerOfDroppedSafeguards(pairing, draft, earlier);
    earlier.ifPresent(previous -> {
      previous.supersede();
      context.notifications().send(draft.getDraftedBy(), Message.of(NotificationTopic.AGREEMENT_CHANGE_CONFIRMED)
          .with(PROGRAMME, pairing.getCohort().getProgramme().getId()).with(VERSION, draft.getAgreementVersion()));
    });
  }

  private void tellManagerOfDroppedSafeguards(Pairing pairing, LearningAgreement confirmed,
      Optional<LearningAgreement> earlier) {
    Optional<String> dropped = AgreementSafeguards.dropped(pairing, confirmed, earlier);
    if (dropped.isEmpty()) {
      return;
    }
    Programme programme = pairing.getCohort().getProgramme();
    context.tellManager(programme, Message.of(NotificationTopic.AGREEMENT_SAFEGUARD_DROPPED)
        .with(PROGRAMME, programme.getId()).with(MENTOR, pairing.getMentor().getEmployeeId())
        .with(MENTEE, pairing.getMentee().getEmployeeId()).with(VERSION, confirmed.getAgreementVersion())
        .with(SAFEGUARD, dropped.get())
        .with(JUNIOR_ROLE, AgreementSafeguards.junior(pairing).name().toLowerCase(Locale.ROOT)));
  }

  private static void keepRhythm(DelegateExecution execution, Programme programme, String frequency) {
    String before = Variables.require(execution, Vars.SESSION_CADENCE);
    int current = Variables.answer(execution, Vars.PERIOD_NUMBER);
    int planned = SessionPeriods.replanned(programme.getDurationMonths(), current,
        Variables.answer(execution, Vars.PLANNED_PERIODS), before, frequency);
    Variables.set(execution, Vars.SESSION_CADENCE, frequency);
    Variables.set(execution, Vars.PLANNED_PERIODS, planned);
    if (Variables.answer(execution, Vars.PULSE_PERIOD) > current) {
      Variables.set(execution, Vars.PULSE_PERIOD, Math.max(current + 1, SessionPeriods.midpoint(planned)));
    }
    Variables.set(execution, Vars.CHECK_IN_AFTER_MISSED,
        SessionPeriods.checkInAfterMissed(frequency, programme.getSessionCadence()));
  }
}
