package org.flipside.internal.delegate.support;

import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.SUPPORT_OUTCOME;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.recognition.MentorRecognition;
import org.flipside.internal.delegate.sessions.PairingEnded;
import org.flipside.internal.notification.Message;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Programme;
import org.flipside.model.SupportRequest;
import org.flipside.spi.NotificationTopic;

/**
 * Carries out the programme manager's decision after a support conversation: the pairing continues, closes, or
 * closes and the partner who asked is rematched. The partner who asked is told the outcome; what the manager wrote
 * to the other partner went out with the decision, from the task inbox, and never reaches the engine.
 */
public final class ApplySupportDecision implements JavaDelegate {

  private final DelegateContext context;
  private final Rematch rematch;
  private final MentorRecognition recognition;

  public ApplySupportDecision(DelegateContext context) {
    this.context = context;
    this.rematch = new Rematch(context);
    this.recognition = new MentorRecognition(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = Variables.require(execution, Vars.SUPPORT_REQUEST_ID);
    SupportRequest request = context.data().supportRequests().find(requestId)
        .orElseThrow(() -> new IllegalStateException("no support request " + requestId));
    Pairing pairing = request.getPairing();
    PairSides sides = PairSides.of(pairing, request.getRequestedBy());
    Programme programme = pairing.getCohort().getProgramme();
    String requester = sides.self().getEmployeeId();
    switch (Variables.require(execution, Vars.SUPPORT_DECISION)) {
      case Answers.CONTINUE -> tell(requester, programme, Answers.CONTINUE);
      case Answers.CLOSE -> {
        close(pairing, "closed by the programme manager after a support conversation");
        tell(requester, programme, Answers.CLOSE);
      }
      case Answers.REMATCH -> {
        close(pairing, "closed for a rematch after a support conversation");
        Optional<Pairing> found = rematch.findPartner(sides.self(), execution.getProcessEngineServices().getRuntimeService());
        context.tellManager(programme, rematch.result(found, sides.self(), sides.other().getEmployeeId(), "support"));
      }
      default -> throw ValidationException.of(Vars.SUPPORT_DECISION.name(), "must be continue, rematch or close");
    }
  }

  /**
   * Closes a pairing that is still live, recognising its mentor if they took part; one that completed while the
   * conversation was open stays as it is.
   */
  private void close(Pairing pairing, String reason) {
    if (pairing.getStatus() == PairingStatus.ACTIVE) {
      pairing.endEarly(context.now(), reason);
      PairingEnded.release(context, pairing);
      recognition.recogniseIfTookPart(pairing);
    }
  }

  private void tell(String employeeId, Programme programme, String outcome) {
    context.notifications().send(employeeId, Message.of(NotificationTopic.PAIRING_SUPPORT)
        .with(PROGRAMME, programme.getId()).with(SUPPORT_OUTCOME, outcome));
  }
}
