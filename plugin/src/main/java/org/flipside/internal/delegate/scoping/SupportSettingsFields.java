package org.flipside.internal.delegate.scoping;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Programme;

/**
 * The scoping form's support and group-learning fields: how many knowledge sessions, how long the
 * EDI lead has to acknowledge a concern, and how long the programme's personal data is kept after it closes (the
 * mentees' pre-reading is kept by {@link ScopeAnswers}). A field left out keeps the programme's current value; the
 * form has already checked the ranges.
 */
final class SupportSettingsFields {

  private SupportSettingsFields() {}

  static void apply(VariableScope form, Programme programme) {
    Integer knowledgeSessions = Variables.optional(form, Vars.KNOWLEDGE_SESSIONS);
    if (knowledgeSessions != null) {
      programme.setKnowledgeSessions(knowledgeSessions);
    }
    Integer acknowledgeDays = Variables.optional(form, Vars.CONCERN_ACKNOWLEDGE_DAYS);
    if (acknowledgeDays != null) {
      programme.setConcernAcknowledgeDays(acknowledgeDays);
    }
    Integer retentionMonths = Variables.optional(form, Vars.RETENTION_MONTHS);
    if (retentionMonths != null) {
      programme.setRetentionMonths(retentionMonths);
    }
  }
}
