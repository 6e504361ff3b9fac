package org.flipside.internal.service;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;

/** Finds a live pairing's journey, the process instance that messages about the pair go to. */
final class PairJourneys {

  private PairJourneys() {}

  /** The running journey of the pairing, which a live pairing always has. */
  static String of(RuntimeService runtime, String pairingId) {
    ProcessInstance journey = runtime.createProcessInstanceQuery()
        .processDefinitionKey(Processes.PAIR_JOURNEY)
        .variableValueEquals(Vars.PAIRING_ID.name(), pairingId)
        .singleResult();
    if (journey == null) {
      throw new IllegalStateException("live pairing " + pairingId + " has no running journey");
    }
    return journey.getId();
  }
}
