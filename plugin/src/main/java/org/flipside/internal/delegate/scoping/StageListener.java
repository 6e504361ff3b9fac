package org.flipside.internal.delegate.scoping;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.model.ProgrammeStage;

/** Records on the programme which stage of the lifecycle diagram it has entered. */
public final class StageListener implements ExecutionListener {

  private final DelegateContext context;

  public StageListener(DelegateContext context) {
    this.context = context;
  }

  /**
   * The stage a sub-process of the lifecycle is, if it is one of the vocabulary's {@link Stages}: the stage named
   * alike, {@code KickOffWorkshops} being {@link ProgrammeStage#KICK_OFF_WORKSHOPS}.
   */
  public static Optional<ProgrammeStage> stageOf(String activityId) {
    if (!Stages.IN_ORDER.contains(activityId)) {
      return Optional.empty();
    }
    String words = activityId.replaceAll("(?<=.)(?=\\p{Upper})", "_");
    return Optional.of(ProgrammeStage.valueOf(words.toUpperCase(Locale.ROOT)));
  }

  @Override
  public void notify(DelegateExecution execution) {
    ProgrammeStage stage = stageOf(execution.getCurrentActivityId()).orElseThrow(() -> new IllegalStateException(
        "stageListener is on '" + execution.getCurrentActivityId() + "', which is not a stage"));
    context.programme(execution).setStage(stage);
  }
}
