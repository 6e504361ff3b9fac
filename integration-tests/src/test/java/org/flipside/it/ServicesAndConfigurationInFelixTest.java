package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.HR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flipside.api.Actor;
import org.flipside.api.ProgrammeService;
import org.flipside.api.ProgrammeSummary;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.FlipsideView;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Flipside as an OSGi host expects it: each API service a component of its own, advertised in the manifest; its
 * settings a Configuration Admin configuration that the Metatype service describes, changeable while Flipside runs,
 * with a target filter that picks the host's DataSource.
 */
class ServicesAndConfigurationInFelixTest {

  private FelixHost felix;
  private FlipsideHost host;

  @BeforeEach
  void start() {
    // Flipside's own job executor runs, so a configuration can hand timed work to the host
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(new FlipsideSettings(
        settings.dataSource(), settings.directory(), settings.notifier(), settings.calendar(), settings.clock(),
        true))).flipside());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void eachApiServiceIsAComponentOfItsOwnAndTheManifestAdvertisesEveryOne() {
    List<String> apis = FlipsideView.services().stream().map(Class::getName).toList();
    List<ServiceReference<?>> registered = apis.stream().<ServiceReference<?>>map(this::reference).toList();

    assertThat(registered).extracting(reference -> reference.getProperty("component.name"))
        .containsOnly("org.flipside.internal.osgi.ApiServiceComponent");
    assertThat(registered).extracting(reference -> reference.getProperty("component.id"))
        .as("each service's component").doesNotHaveDuplicates().hasSize(apis.size());
    assertThat(registered).extracting(reference -> reference.getProperty("flipside.api"))
        .containsExactlyElementsOf(apis);

    Set<String> advertised = felix.plugin().adapt(BundleRevision.class).getDeclaredCapabilities("osgi.service").stream()
        .flatMap(capability -> ((List<?>) capability.getAttributes().get("objectClass")).stream())
        .map(String.class::cast)
        .filter(name -> name.startsWith("org.flipside.api."))
        .collect(Collectors.toSet());
    assertThat(advertised).as("the manifest's osgi.service capabilities").containsExactlyInAnyOrderElementsOf(apis);
  }

  @Test
  void theMetatypeDescribesEverySettingWithItsDefault() {
    ObjectClassDefinition flipside = felix.service(MetaTypeService.class).getMetaTypeInformation(felix.plugin())
        .getObjectClassDefinition(FelixHost.FLIPSIDE_PID, null);

    Map<String, AttributeDefinition> attributes = Arrays.stream(flipside.getAttributeDefinitions(
        ObjectClassDefinition.ALL)).collect(Collectors.toMap(AttributeDefinition::getID, attribute -> attribute));
    assertThat(attributes).containsOnlyKeys("jobs", "reflections.keyFile", "jobs.lockTime", "jobs.threads",
        "jobs.perAcquisition", "jobs.idleWait", "dataSource.target", "programmeDefaults.retentionMonths",
        "programmeDefaults.anonymityThreshold");
    assertThat(attributes.get("jobs").getOptionValues()).containsExactly("flipside", "host");
    assertThat(attributes.get("jobs").getDefaultValue()).containsExactly("flipside");
    assertThat(attributes.get("jobs.threads").getType()).isEqualTo(AttributeDefinition.INTEGER);
    assertThat(attributes.get("jobs.threads").getDefaultValue()).containsExactly("3");
    assertThat(attributes.get("jobs.lockTime").getDefaultValue()).containsExactly("PT5M");
    assertThat(attributes.get("programmeDefaults.retentionMonths").getDefaultValue()).containsExactly("12");
    assertThat(attributes.get("programmeDefaults.anonymityThreshold").getDefaultValue()).containsExactly("5");
    assertThat(attributes.get("programmeDefaults.anonymityThreshold").validate("2")).as("below the floor")
        .isNotEmpty();
    assertThat(attributes.values()).allSatisfy(attribute -> assertThat(attribute.getDescription()).isNotBlank());
  }

  @Test
  void newProgrammeDefaultsApplyWithoutARestartAndAWrongOneIsRefused() {
    String before = host.createPilot();
    Object runtime = reference(ProgrammeService.class.getName()).getProperty("component.id");

    try (ConsoleCapture console = new ConsoleCapture()) {
      felix.configure(Map.of("programmeDefaults.anonymityThreshold", 2));
      awaitTrue(() -> console.text().contains("Flipside refuses the configuration org.flipside and runs on as it was: "
          + "programmeDefaults.anonymityThreshold must be at least 3"));
    }
    assertThat(startedWith(host.createPilot())).as("the refused threshold changed nothing").isEqualTo("12 5");

    felix.configure(Map.of("programmeDefaults.retentionMonths", 24, "programmeDefaults.anonymityThreshold", 7));
    // Configuration Admin hands the change over in a thread of its own: new programmes take it once it arrives
    List<String> created = new ArrayList<>();
    awaitTrue(() -> created.add(host.createPilot()) && startedWith(created.get(created.size() - 1)).equals("24 7"));
    String after = created.get(created.size() - 1);

    assertThat(reference(ProgrammeService.class.getName()).getProperty("component.id")).as("no restart")
        .isEqualTo(runtime);
    assertThat(startedWith(before)).as("a programme keeps what it started with").isEqualTo("12 5");
    assertThat(host.tasks(HR, Forms.SCOPE_PILOT)).filteredOn(task -> task.programmeId().equals(after))
        .singleElement().as("the scoping form starts with the programme's retention")
        .satisfies(task -> assertThat(task.data()).containsEntry(Vars.RETENTION_MONTHS.name(), 24));
  }

  private String startedWith(String programmeId) {
    return host.database.strings("SELECT CONCAT(retention_months, ' ', anonymity_threshold) FROM fs_programme "
        + "WHERE id = '" + programmeId + "'").get(0);
  }

  @Test
  void aConfigurationHandsTimedWorkToTheHostAndBackWhileFlipsideRuns() {
    String programmeId = host.createPilot();
    assertThat(jobExecutorRuns()).as("Flipside's job executor, as the settings say").isTrue();

    configureAndAwaitRestart(Map.of("jobs", "host"));
    assertThat(jobExecutorRuns()).as("Flipside's job executor once the host runs timed work").isFalse();
    host.flipside.dueWork().runDue();
    assertThat(programmes()).extracting(ProgrammeSummary::id).containsExactly(programmeId);

    configureAndAwaitRestart(Map.of("jobs", "flipside", "jobs.threads", 1));
    assertThat(jobExecutorRuns()).as("Flipside's job executor once configured back").isTrue();
    assertThat(programmes()).extracting(ProgrammeSummary::id).containsExactly(programmeId);
  }

  @Test
  void aTargetFilterPicksOneOfTheHostsDataSources() {
    String programmeId = host.createPilot();
    try (TestDatabase other = TestDatabase.h2()) {
      ServiceRegistration<?> reporting =
          felix.register(DataSource.class, other.dataSource(), Map.of("dataSourceName", "reporting"));
      try {
        configureAndAwaitRestart(Map.of("dataSource.target", "(dataSourceName=reporting)"));
        assertThat(programmes()).as("the programmes in the DataSource the filter picks").isEmpty();
        String elsewhere = host.createPilot();

        configureAndAwaitRestart(Map.of("dataSource.target", "(!(dataSourceName=reporting))"));
        assertThat(programmes()).extracting(ProgrammeSummary::id).containsExactly(programmeId)
            .doesNotContain(elsewhere);
      } finally {
        reporting.unregister();
      }
    }
  }

  private List<ProgrammeSummary> programmes() {
    return host.flipside.programmes().programmes(Actor.of(HR));
  }

  /** Sets the configuration and waits until Flipside's runtime has started again on it and offers its API. */
  private void configureAndAwaitRestart(Map<String, ?> attributes) {
    Object before = reference(ProgrammeService.class.getName()).getProperty("component.id");
    felix.configure(attributes);
    awaitTrue(() -> {
      ServiceReference<?> now = felix.plugin().getBundleContext().getServiceReference(ProgrammeService.class);
      return now != null && !now.getProperty("component.id").equals(before);
    });
    felix.awaitServices();
  }

  private ServiceReference<?> reference(String api) {
    ServiceReference<?> reference = felix.plugin().getBundleContext().getServiceReference(api);
    assertThat(reference).as("the service %s", api).isNotNull();
    return reference;
  }

  private static boolean jobExecutorRuns() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && thread.getName().contains("JobExecutor"));
  }

  private static void awaitTrue(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for Flipside to restart on its new configuration").isBefore(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
