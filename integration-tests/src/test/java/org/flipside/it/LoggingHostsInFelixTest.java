package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.HR;

import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.Stage;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Flipside logs through whichever SLF4J its host offers: the baseline's 1.7, or 2.x alone. SLF4J 2's bundle also
 * offers its package as 1.7.36 for old importers, so the test checks which export Flipside is wired to, not only that
 * it starts. Either way nothing reaches standard output, and no library logs at INFO or WARN on a normal start, with
 * the library loggers the README tells a host to set to WARN so set and the rest, Flipside's own and any library left
 * out of that list, at INFO (the sandbox's {@code simplelogger.properties}, which the tests log through): Camunda's
 * engine start would show here were {@code org.camunda} left out.
 */
class LoggingHostsInFelixTest {

  /** SLF4J 2 in OSGi finds its provider through the Service Loader Mediator. */
  private static final List<String> SLF4J_2 = List.of("asm-9.8.jar", "asm-tree-9.8.jar", "asm-analysis-9.8.jar",
      "asm-commons-9.8.jar", "asm-util-9.8.jar", "org.apache.aries.spifly.dynamic.bundle-1.3.7.jar",
      "slf4j-api-2.0.17.jar", "slf4j-simple-2.0.17.jar");

  /** Overrides, while set, the sandbox's log configuration for Camunda's loggers. */
  private static final String CAMUNDA_LEVEL = "org.slf4j.simpleLogger.log.org.camunda";

  private FelixHost felix;
  private FlipsideHost host;

  @AfterEach
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void aHostWithOnlySlf4j2RunsFlipsideOnIt() {
    try (ConsoleCapture console = new ConsoleCapture()) {
      host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.loggingThrough(SLF4J_2, settings)).flipside());
      startAPilot();
      assertThat(console.standardOutput()).as("standard output").isEmpty();
      assertThat(console.libraryLines()).as("libraries' INFO and WARN lines").isEmpty();
      assertThat(console.text()).as("Flipside's own INFO line, so the log runs at INFO")
          .contains("INFO org.flipside.internal.osgi.FlipsideComponent - Starting Flipside");
    }
    assertThat(slf4jWiredTo().getMajor()).as("the org.slf4j export Flipside is wired to").isEqualTo(2);
  }

  @Test
  void aHostWithSlf4j17RunsFlipsideOnIt() {
    try (ConsoleCapture console = new ConsoleCapture()) {
      host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(settings)).flipside());
      startAPilot();
      assertThat(console.standardOutput()).as("standard output").isEmpty();
      assertThat(console.libraryLines()).as("libraries' INFO and WARN lines").isEmpty();
      assertThat(console.text()).as("Flipside's own INFO line, so the log runs at INFO")
          .contains("INFO org.flipside.internal.osgi.FlipsideComponent - Starting Flipside");
    }
    assertThat(slf4jWiredTo()).as("the org.slf4j export Flipside is wired to").isEqualTo(new Version(1, 7, 36));
  }

  @Test
  void aLibraryLoggerLeftAtInfoWouldFailTheCheck() {
    System.setProperty(CAMUNDA_LEVEL, "info");
    try (ConsoleCapture console = new ConsoleCapture()) {
      host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(settings)).flipside());
      assertThat(console.libraryLines()).as("Camunda's engine start, with org.camunda at INFO")
          .anyMatch(line -> line.contains("INFO org.camunda.") && line.contains("ENGINE-00001"));
    } finally {
      System.clearProperty(CAMUNDA_LEVEL);
    }
  }

  private void startAPilot() {
    String programmeId = host.createPilot();
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
  }

  private Version slf4jWiredTo() {
    List<BundleWire> wires = felix.plugin().adapt(BundleWiring.class)
        .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE);
    return wires.stream()
        .map(wire -> wire.getCapability().getAttributes())
        .filter(attributes -> "org.slf4j".equals(attributes.get(PackageNamespace.PACKAGE_NAMESPACE)))
        .map(attributes -> (Version) attributes.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Flipside is not wired to any org.slf4j"));
  }
}
