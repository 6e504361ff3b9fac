package org.flipside.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a host's operators watch: Flipside's health, for a health check to poll, and the steps whose work failed, for
 * an HR admin to retry once the cause is fixed. Flipside's metrics go to a Micrometer registry (see the README's
 * "Operations").
 *
 * @since 1.1
 */
@ProviderType
public interface Operations {

  /**
   * Checks the engine, the database, timed work, failed steps and each host service now. The host calls this on no
   * one's behalf: the report names no person and no programme.
   *
   * @return the health of each part and the worst of them
   */
  HealthReport health();

  /**
   * The steps whose work failed every attempt, oldest first.
   *
   * @param actor an employee holding {@link org.flipside.spi.FlipsideRoles#HR_ADMIN}
   * @return the incidents open now
   * @throws AccessDeniedException for anyone else
   */
  List<Incident> incidents(Actor actor);

  /**
   * Tries a failed step's work again now, once more; if it fails again the incident opens again.
   *
   * @param actor an employee holding {@link org.flipside.spi.FlipsideRoles#HR_ADMIN}
   * @param incidentId the incident's id
   * @return whether the work succeeded this time
   * @throws AccessDeniedException for anyone else
   * @throws NotFoundException when no such incident is open (another call retried it first, or it never was)
   */
  boolean retry(Actor actor, String incidentId);
}
