package org.flipside.internal.delegate.scoping;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.ProgrammeStage;

/** Records on the programme which stage of the lifecycle diagram it has entered. */
public final class StageListener implements ExecutionListener {

  /** The stage sub-processes of {@code flipside-programme}, by id. */
  public static final Map<String, ProgrammeStage> STAGES =
      Map.of(
          "PilotScoping", ProgrammeStage.PILOT_SCOPING,
          "Recruitment", ProgrammeStage.RECRUITMENT,
          "Matching", ProgrammeStage.MATCHING,
          "KickOffWorkshops", ProgrammeStage.KICK_OFF_WORKSHOPS,
          "Sessions", ProgrammeStage.SESSIONS,
          "Evaluation", ProgrammeStage.EVALUATION,
          "Rollout", ProgrammeStage.ROLLOUT);

  private final DelegateContext context;

  public StageListener(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ProgrammeStage stage = STAGES.get(execution.getCurrentActivityId());
    if (stage == null) {
      throw new IllegalStateException(
          "stageListener is on '" + execution.getCurrentActivityId() + "', which is not a stage");
    }
    context.programme(Variables.string(execution, "programmeId")).setStage(stage);
  }
}
