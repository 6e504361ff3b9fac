package org.flipside.internal.operations;

import org.flipside.api.OperationalComponent;

/**
 * A mark a {@link HostServiceWatch} adds (as a suppressed exception) to what a host service threw, so that a step
 * failing because of it can say so in plain words, while the host's own exception still reaches whoever called.
 */
final class HostServiceFailed extends RuntimeException {

  private final OperationalComponent service;

  HostServiceFailed(OperationalComponent service) {
    super(service.name(), null, false, false);
    this.service = service;
  }

  OperationalComponent service() {
    return service;
  }
}
