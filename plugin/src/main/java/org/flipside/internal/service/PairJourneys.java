package org.flipside.internal.service;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Finds a live pairing's journey, the process instance that messages about the pair go to. */
final class PairJourneys {

  static final String PAIR_JOURNEY = "flipside-pair-journey";

  private PairJourneys() {}

  /** The running journey of the pairing, which a live pairing always has. */
  static String of(RuntimeService runtime, String pairingId) {
    ProcessInstance journey = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PAIR_JOURNEY)
        .variableValueEquals("pairingId", pairingId)
        .singleResult();
    if (journey == null) {
      throw new IllegalStateException("live pairing " + pairingId + " has no running journey");
    }
    return journey.getId();
  }
}
