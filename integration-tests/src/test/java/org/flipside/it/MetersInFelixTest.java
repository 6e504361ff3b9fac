package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.HR;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.embed.FlipsideSettings;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A host with Micrometer: the bundle is wired to the host's Micrometer API, not to a copy of its own, and a
 * {@code MeterRegistry} service the host registers, before or after a task completes, publishes Flipside's meters
 * until it goes.
 */
class MetersInFelixTest {

  private FelixHost felix;
  private FlipsideHost host;

  @BeforeEach
  void start() {
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.sharingMicrometer(settings)).flipside());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aRegistryTheHostRegistersPublishesFlipsidesMetersUntilItGoes() throws Exception {
    assertThat(felix.plugin().adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE))
        .filteredOn(wire -> "io.micrometer.core.instrument".equals(wire.getCapability().getAttributes()
            .get(PackageNamespace.PACKAGE_NAMESPACE)))
        .singleElement().as("Micrometer's API, the host's").satisfies(wire -> assertThat(wire.getProvider()
            .getBundle().getBundleId()).isZero());
    SimpleMeterRegistry before = new SimpleMeterRegistry();
    ServiceRegistration<?> early = felix.register(MeterRegistry.class, before, Map.of());

    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    SimpleMeterRegistry after = new SimpleMeterRegistry();
    ServiceRegistration<?> late = felix.register(MeterRegistry.class, after, Map.of());

    assertThat(before.get("flipside.tasks.completed").functionCounter().count()).isEqualTo(1);
    assertThat(after.get("flipside.tasks.completed").functionCounter().count()).as("bound after the task")
        .isEqualTo(1);
    assertThat(after.get("flipside.tasks.open").gauge().value()).as("the sponsor's sign-off").isEqualTo(1);
    assertThat(after.get("flipside.messages.waiting").tag("channel", "notification").gauge().value()).isNotNaN();

    early.unregister();
    assertThat(before.getMeters()).as("Flipside's meters leave a registry the host withdraws").isEmpty();
    felix.plugin().stop();
    assertThat(after.getMeters()).as("and every registry when Flipside stops").isEmpty();
    late.unregister();
  }
}
