package org.flipside.internal.delegate.sessions;

import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.coaching.CoachingSessionInvite;
import org.flipside.model.Pairing;

/**
 * What follows a pairing's end, however it ends (completed, ended early or after a check-in, closed after a support
 * conversation or for a partner who left): whatever the pairing still holds in calendars is released, its protected
 * time ({@link ProtectedTimeHold}) and any coaching session still to come ({@link CoachingSessionInvite}). Every place
 * that ends a pairing calls this one hook, so a new kind of hold is released everywhere at once.
 */
public final class PairingEnded {

  private PairingEnded() {}

  /** Releases what the pairing, which has just ended, holds in calendars. */
  public static void release(DelegateContext context, Pairing pairing) {
    new ProtectedTimeHold(context).pairingEnded(pairing);
    CoachingSessionInvite.pairingEnded(context, pairing);
  }
}
