package org.flipside.internal.service;

import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.HealthReport;
import org.flipside.api.Incident;
import org.flipside.api.NotFoundException;
import org.flipside.api.Operations;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.operations.FailedSteps;
import org.flipside.internal.operations.HealthCheck;

/** Health for the host's checks; failed steps and their retry for HR admins. */
final class OperationsService implements Operations {

  private final HealthCheck health;
  private final FailedSteps failedSteps;
  private final AccessPolicy access;
  private final Transactions transactions;

  OperationsService(HealthCheck health, FailedSteps failedSteps, AccessPolicy access, Transactions transactions) {
    this.health = health;
    this.failedSteps = failedSteps;
    this.access = access;
    this.transactions = transactions;
  }

  @Override
  public HealthReport health() {
    return health.check();
  }

  @Override
  public List<Incident> incidents(Actor actor) {
    access.requireHrAdmin(actor, "see the steps that failed");
    return transactions.withPluginClassLoader(failedSteps::open);
  }

  @Override
  public boolean retry(Actor actor, String incidentId) {
    access.requireHrAdmin(actor, "retry a step that failed");
    return transactions.withPluginClassLoader(() -> failedSteps.retry(incidentId))
        .orElseThrow(() -> new NotFoundException("incidentId: no failed step '" + incidentId + "' waits for a retry"));
  }
}
