package org.flipside.internal.delegate.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.bpmn.vocabulary.Recipients;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.host.Notifications;
import org.flipside.model.Pairing;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A process owner's notification goes to the people they chose, found from the programme or pairing. */
class NotifyTest {

  private final DelegateContext context = mock(DelegateContext.class);
  private final Notifications notifications = mock(Notifications.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Programme programme = mock(Programme.class);

  @BeforeEach
  void aStepAsTheTemplateFillsIt() {
    when(context.notifications()).thenReturn(notifications);
    when(context.programme(execution)).thenReturn(programme);
    when(execution.getVariable(Vars.NOTIFICATION_TOPIC.name())).thenReturn("workshop-follow-up");
    when(execution.getVariable(Vars.NOTIFICATION_SUBJECT.name())).thenReturn("After the workshop");
    when(execution.getVariable(Vars.NOTIFICATION_BODY.name())).thenReturn("Slides are in the library.");
  }

  @Test
  void thePartnersOfThePairingEachGetIt() {
    Pairing pairing = mock(Pairing.class);
    Participant mentor = participant("amira");
    Participant mentee = participant("ben");
    when(pairing.getMentor()).thenReturn(mentor);
    when(pairing.getMentee()).thenReturn(mentee);
    when(context.pairing(execution)).thenReturn(pairing);
    recipients(Recipients.PARTNERS);

    new Notify(context).execute(execution);

    verify(notifications).sendAsWritten("amira", "workshop-follow-up", "After the workshop", "Slides are in the library.");
    verify(notifications).sendAsWritten("ben", "workshop-follow-up", "After the workshop", "Slides are in the library.");
  }

  @Test
  void theProgrammeManagerIsToldAsEveryManagerStepIsWhileThePostIsVacant() {
    recipients(Recipients.PROGRAMME_MANAGER);

    new Notify(context).execute(execution);

    verify(context).tellManagerAsWritten(programme, "workshop-follow-up", "After the workshop", "Slides are in the library.");
  }

  @Test
  void aVacantSponsorsPostHasNobodyToTell() {
    recipients(Recipients.SPONSOR);

    new Notify(context).execute(execution);

    verify(notifications, never()).sendAsWritten(anyString(), anyString(), anyString(), anyString());
    verify(context, never()).pairing(any(DelegateExecution.class));
  }

  private void recipients(String recipients) {
    when(execution.getVariable(Vars.NOTIFICATION_RECIPIENTS.name())).thenReturn(recipients);
  }

  private static Participant participant(String employeeId) {
    Participant participant = mock(Participant.class);
    when(participant.getEmployeeId()).thenReturn(employeeId);
    return participant;
  }
}
