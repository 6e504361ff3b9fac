package org.flipside.it;

import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The pair's journey through the OSGi services of the bundle the build produced, inside Apache
 * Felix, on PostgreSQL. The framework's own SLF4J binding logs at debug level here, so the check
 * that no conversation reaches the logs sees everything Flipside, Camunda and EclipseLink say.
 */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class PairJourneyInFelixOnPostgresTest extends PairJourneyContract {

  /** Read once by the framework's SLF4J binding, when the framework first logs. */
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }

  @Override
  FlipsideHost host(TestDatabase database) {
    System.setProperty(LOG_LEVEL, "debug");
    return new FlipsideHost(database, settings -> FelixHost.start(settings).flipside());
  }

  @AfterEach
  void quieten() {
    System.clearProperty(LOG_LEVEL);
  }
}
