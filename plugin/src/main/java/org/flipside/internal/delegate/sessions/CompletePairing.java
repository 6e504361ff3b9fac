package org.flipside.internal.delegate.sessions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.recognition.MentorRecognition;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantStatus;

/**
 * The pair has been through every session period: the pairing and both partners complete, and the
 * mentor's recognition goes to the host's learning system.
 */
public final class CompletePairing implements JavaDelegate {

  private final DelegateContext context;
  private final MentorRecognition recognition;

  public CompletePairing(DelegateContext context) {
    this.context = context;
    this.recognition = new MentorRecognition(context);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pairing pairing = context.pairing(execution);
    pairing.complete(context.now());
    PairingEnded.release(context, pairing);
    pairing.getMentor().setStatus(ParticipantStatus.COMPLETED);
    pairing.getMentee().setStatus(ParticipantStatus.COMPLETED);
    recognition.recognise(pairing);
  }
}
