package org.flipside.internal.delegate.matching;

import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.Programme;

/** Introduces the partners of a newly published pair to each other. */
public final class Introductions {

  private final DelegateContext context;

  public Introductions(DelegateContext context) {
    this.context = context;
  }

  /** Tells each partner who the other is and what their first step is. */
  public void introduce(Pairing pairing) {
    Programme programme = pairing.getCohort().getProgramme();
    introduce(programme, pairing.getMentor(), pairing.getMentee(), programme.getMenteeLabel());
    introduce(programme, pairing.getMentee(), pairing.getMentor(), programme.getMentorLabel());
  }

  private void introduce(Programme programme, Participant to, Participant partner, String partnerLabel) {
    context.notifications().send(to.getEmployeeId(), NotificationTopics.MATCH_INTRODUCTION,
        programme.getName() + ": meet your " + partnerLabel,
        "Your " + partnerLabel + " is " + context.directory().nameOf(partner.getEmployeeId())
            + ". Your first step is the learning agreement in your task list.");
  }
}
