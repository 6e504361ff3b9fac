package org.flipside.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A suite that runs against a fresh Flipside for each test. Subclasses choose the database and
 * how Flipside is hosted (as a plain library, or as a bundle in Felix).
 */
abstract class HostedContract {

  FlipsideHost host;

  abstract TestDatabase database();

  /** Starts Flipside the way this suite hosts it. */
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database);
  }

  @BeforeEach
  void start() {
    host = host(database());
  }

  @AfterEach
  void stop() {
    host.close();
  }
}
