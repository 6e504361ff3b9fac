package org.flipside.internal.delegate.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.CohortStatus;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeStage;

/** Cancels a programme whose recruitment found too few applicants. */
public final class CancelProgramme implements JavaDelegate {

  private final DelegateContext context;

  public CancelProgramme(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    programme.setStage(ProgrammeStage.CANCELLED);
    programme.setClosedAt(context.now());
    context.data().cohorts().findCurrent(programme.getId())
        .ifPresent(cohort -> cohort.setStatus(CohortStatus.CANCELLED));
    context.tellManager(programme, NotificationTopics.PROGRAMME_CANCELLED,
        programme.getName() + " was cancelled", "Recruitment closed with too few applicants.");
  }
}
