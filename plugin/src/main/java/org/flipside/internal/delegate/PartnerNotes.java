package org.flipside.internal.delegate;

import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.PartnerRequest;
import org.flipside.model.privacy.AuditedAction;

/**
 * The note a partner left with a request about their pairing (for support or for coaching), as the form of whoever
 * takes the request shows it. The note is personal text read by someone else, so every showing is in the audit trail.
 */
public final class PartnerNotes {

  /** What the form shows when the partner wrote no note, or it has been erased. */
  private static final String NO_NOTE = "(none)";

  private PartnerNotes() {}

  /** The request's note for the employee the inbox shows the task to, recording that they read it. */
  public static String shown(AuditTrail audit, AuditedAction read, PartnerRequest request) {
    audit.recordForCaller(read, request.getId(), request.getPairing().getCohort().getProgramme().getId());
    return request.getNote() == null ? NO_NOTE : request.getNote();
  }
}
