package org.flipside.internal.delegate.rollout;

import static org.flipside.spi.NotificationParameter.EMPLOYEE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Ambassador;
import org.flipside.model.Cohort;
import org.flipside.model.repository.AmbassadorRepository;
import org.flipside.spi.NotificationTopic;

/**
 * Records one answer to the invitation to be an ambassador. An acceptance is kept, the programme manager hears of
 * it, and the next cohort's invitation to apply names every ambassador so far.
 */
public final class RecordAmbassadorAnswer implements JavaDelegate {

  private final DelegateContext context;

  public RecordAmbassadorAnswer(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!Answers.ACCEPT.equals(Variables.require(execution, Vars.AMBASSADOR_ANSWER))) {
      return;
    }
    Cohort cohort = context.cohort(Variables.require(execution, Vars.AMBASSADORS_FROM_COHORT_ID));
    String employeeId = Variables.require(execution, Vars.AMBASSADOR_ID);
    AmbassadorRepository ambassadors = context.data().ambassadors();
    if (ambassadors.exists(cohort.getId(), employeeId)) {
      return;
    }
    ambassadors.add(new Ambassador(cohort, employeeId, context.now()));
    context.tellManager(cohort.getProgramme(), Message.of(NotificationTopic.AMBASSADOR_ACCEPTED)
        .with(PROGRAMME, cohort.getProgramme().getId()).with(EMPLOYEE, employeeId));
  }
}
