package org.flipside.internal.delegate.recruitment;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.InstanceBatches;
import org.flipside.internal.delegate.Variables;

/**
 * Starts the next batch of the round's invitations ({@link InstanceBatches}), each invitee's its own process instance
 * with the programme's id as its business key. Answering an invitation then loads that invitation alone, not an
 * execution tree shared with every other invitee; the diagram runs each further batch in a transaction of its own.
 */
public final class SendInvitations implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String programmeId = Variables.require(execution, Vars.PROGRAMME_ID);
    String cohortId = Variables.require(execution, Vars.COHORT_ID);
    Instant deadline = Variables.require(execution, Vars.APPLICATION_DEADLINE);
    int sent = InstanceBatches.startNext(execution, Processes.INVITATION, programmeId,
        Variables.list(execution, Vars.INVITEES), Variables.require(execution, Vars.INVITATIONS_SENT),
        UnaryOperator.identity(), invitee -> Variables.values()
            .with(Vars.PROGRAMME_ID, programmeId)
            .with(Vars.COHORT_ID, cohortId)
            .with(Vars.INVITEE, invitee)
            .with(Vars.APPLICATION_DEADLINE, deadline));
    Variables.set(execution, Vars.INVITATIONS_SENT, sent);
  }
}
