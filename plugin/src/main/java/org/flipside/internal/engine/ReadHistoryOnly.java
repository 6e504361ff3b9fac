package org.flipside.internal.engine;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's own history handler, leaving out what nobody reads: each value a variable was ever given (a history
 * detail, with a byte array for a list) beside the last, which the historic variable instance keeps; and a job's
 * creation and deletion (a timer made, or cancelled when its step ended first) beside each run of it, successful or
 * failed, which the job log keeps. Fewer rows to write, and fewer copies of what a variable held (a list of people's
 * ids among them) to erase.
 *
 * <p>The engine stays at history level full, the level its tables record, so that a database of an earlier
 * release, whose details {@code EngineHistory} still erases, runs on unchanged.
 */
final class ReadHistoryOnly extends DbHistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricJobLogEvent job) || aRun(job)) {
      super.handleEvent(event);
    }
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variableUpdate) {
    return false;
  }

  private static boolean aRun(HistoricJobLogEvent job) {
    return job.getState() == JobState.SUCCESSFUL.getStateCode() || job.getState() == JobState.FAILED.getStateCode();
  }
}
