package org.flipside.internal.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's own history handler, leaving out what nobody reads: each value a variable was ever given (a history
 * detail, with a byte array for a list) beside the last, which the historic variable instance keeps. Fewer rows to
 * write, and fewer copies of what a variable held (a list of people's ids among them) to erase.
 *
 * <p>The engine stays at history level full, the level its tables record, so that a database of an earlier
 * release, whose details {@code EngineHistory} still erases, runs on unchanged.
 */
final class ReadHistoryOnly extends DbHistoryEventHandler {

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variableUpdate) {
    return false;
  }
}
