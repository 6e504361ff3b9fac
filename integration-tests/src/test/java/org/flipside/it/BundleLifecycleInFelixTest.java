package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.api.Actor;
import org.flipside.api.HealthReport;
import org.flipside.api.HealthStatus;
import org.flipside.api.OperationalComponent;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.FlipsideSettings;
import org.flipside.sandbox.host.FelixHost;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The bundle's life in the host: stopped mid-programme it leaves no thread behind; started again,
 * or updated, it carries on every programme where it was.
 */
class BundleLifecycleInFelixTest {

  private FelixHost felix;
  private FlipsideHost host;

  @BeforeEach
  void start() {
    // Flipside's own job executor runs here, so stopping the bundle has threads to stop
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(new FlipsideSettings(
        settings.dataSource(), settings.directory(), settings.notifier(), settings.calendar(), settings.clock(),
        true))).flipside());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void theBundleRunsWithoutMicrometerAndNestsNoCopyOfIt() {
    BundleWiring wiring = felix.plugin().adapt(BundleWiring.class);

    assertThat(wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)).extracting(wire -> wire.getCapability()
        .getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)).doesNotContain("io.micrometer.core.instrument");
    assertThat(felix.plugin().getHeaders().get("Bundle-ClassPath")).as("the jars the bundle nests")
        .startsWith(".").doesNotContain("micrometer-core");
    assertThat(host.flipside.operations().health().status()).isEqualTo(HealthStatus.UP);
    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
  }

  @Test
  void stoppingTheBundleMidProgrammeLeavesNoThreadAndStartingItAgainCarriesOn() throws Exception {
    Set<String> threadsBefore = liveThreads();
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(liveThreads()).anyMatch(name -> name.contains("JobExecutor"));

    felix.plugin().stop();
    assertThat(felix.offersApi()).isFalse();
    assertThat(liveThreads()).as("threads left by the stopped bundle").isSubsetOf(threadsBefore);

    felix.plugin().start();
    felix.awaitServices();
    HealthReport health = host.flipside.operations().health();
    assertThat(health.status()).as("%s", health).isEqualTo(HealthStatus.UP);
    assertThat(health.component(OperationalComponent.JOB_EXECUTOR).reason()).startsWith("Flipside's job executor");
    assertThat(stage(programmeId)).isEqualTo(Stage.PILOT_SCOPING);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
  }

  @ParameterizedTest
  @ValueSource(classes = {EmployeeDirectory.class, CalendarGateway.class})
  void aHostServiceThatGoesAwayTakesTheApiWithItAndFlipsideCarriesOnWhenItReturns(Class<?> service) {
    String programmeId = host.createPilot();

    String log = hostLogDuring(() -> felix.withdraw(service));
    assertThat(felix.offersApi()).as("Flipside cannot work without the %s", service.getSimpleName()).isFalse();
    assertThat(log).contains("Flipside is waiting for the host's " + service.getSimpleName() + " service");

    felix.offer(service);
    felix.awaitServices();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF)).isNotNull();
    assertThat(stage(programmeId)).isEqualTo(Stage.PILOT_SCOPING);
  }

  @Test
  void updatingTheBundleKeepsEveryProgramme() throws Exception {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());

    try (InputStream newVersion = FelixHost.flipsideBundle()) {
      felix.plugin().update(newVersion);
    }
    felix.awaitServices();

    assertThat(host.flipside.programmes().programmes(Actor.of(HR))).extracting(summary -> summary.id())
        .containsExactly(programmeId);
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF)).isNotNull();
  }

  /** What the framework's logging (slf4j-simple, to standard error) printed while the action ran. */
  private static String hostLogDuring(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }

  private static Set<String> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> !thread.isDaemon() || thread.getName().contains("JobExecutor"))
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }
}
