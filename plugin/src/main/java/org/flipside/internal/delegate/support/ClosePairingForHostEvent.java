package org.flipside.internal.delegate.support;

import static org.flipside.spi.NotificationParameter.PARTNER_ROLE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.REASON;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.sessions.PairingEnded;
import org.flipside.internal.notification.Message;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/**
 * A partner left the organisation or changed role, as the host reported: the pairing closes, the other partner is
 * told and, because they did nothing to end it, rematched if the matching finds someone free; the programme manager
 * hears the outcome.
 */
public final class ClosePairingForHostEvent implements JavaDelegate {

  /** The host event the journey was told of: the partner left the organisation. */
  public static final String LEFT = "left";
  /** The host event the journey was told of: the partner moved to another role. */
  public static final String CHANGED_ROLE = "changed-role";

  private final DelegateContext context;
  private final Rematch rematch;

  public ClosePairingForHostEvent(DelegateContext context) {
    this.context = context;
    this.rematch = new Rematch(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    if (pairing.getStatus() != PairingStatus.ACTIVE) {
      return;
    }
    PairSides sides = PairSides.of(pairing, Variables.require(execution, Vars.LEAVER_ID));
    boolean left = LEFT.equals(Variables.require(execution, Vars.HOST_EVENT));
    Programme programme = pairing.getCohort().getProgramme();
    pairing.endEarly(context.now(), left ? "a partner left the organisation" : "a partner changed role");
    PairingEnded.release(context, pairing);

    String partner = sides.other().getEmployeeId();
    String reason = left ? LEFT : CHANGED_ROLE;
    context.notifications().send(partner, Message.of(NotificationTopic.PARTNER_LEFT)
        .with(PROGRAMME, programme.getId()).with(PARTNER_ROLE, sides.selfRole()).with(REASON, reason));
    Optional<Pairing> found = rematch.findPartner(sides.other(), execution.getProcessEngineServices().getRuntimeService());
    context.tellManager(programme, rematch.result(found, sides.other(), sides.self().getEmployeeId(), reason));
  }
}
