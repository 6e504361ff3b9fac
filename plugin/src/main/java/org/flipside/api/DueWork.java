package org.flipside.api;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs Flipside's timed work (application windows closing, session periods ending) on the host's
 * own scheduler, for hosts that start Flipside without its background job executor.
 *
 * @since 1.0
 */
@ProviderType
public interface DueWork {

  /**
   * Runs every piece of timed work that is due now, including work that becomes due because of
   * it, and returns once none is left.
   *
   * @return how many pieces of work ran
   */
  int runDue();

  /**
   * When the next piece of timed work falls due, so a host scheduler knows when to call
   * {@link #runDue()} again.
   *
   * @return the earliest due time, or empty when nothing is scheduled
   */
  Optional<Instant> nextDueAt();
}
