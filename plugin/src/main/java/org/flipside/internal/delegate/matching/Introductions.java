package org.flipside.internal.delegate.matching;

import static org.flipside.spi.NotificationParameter.PARTNER;
import static org.flipside.spi.NotificationParameter.PARTNER_ROLE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.notification.Message;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationTopic;

/** Introduces the partners of a newly published pair to each other. */
public final class Introductions {

  private final DelegateContext context;

  public Introductions(DelegateContext context) {
    this.context = context;
  }

  /** Tells each partner who the other is and what their first step is. */
  public void introduce(Pairing pairing) {
    Programme programme = pairing.getCohort().getProgramme();
    introduce(programme, pairing.getMentor(), pairing.getMentee(), "mentee");
    introduce(programme, pairing.getMentee(), pairing.getMentor(), "mentor");
  }

  private void introduce(Programme programme, Participant to, Participant partner, String partnerRole) {
    context.notifications().send(to.getEmployeeId(), Message.of(NotificationTopic.MATCH_INTRODUCTION)
        .with(PROGRAMME, programme.getId()).with(PARTNER, partner.getEmployeeId()).with(PARTNER_ROLE, partnerRole));
  }
}
