package org.flipside.internal.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.HostServices;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.operations.FlipsideMeters;
import org.flipside.internal.service.FlipsideRuntime;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Notifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentFactory;
import org.osgi.service.component.ComponentInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's runtime inside the host's OSGi framework: it starts once the host offers its directory, notifier,
 * calendar gateway and DataSource (its references are {@link HostServices}' components, by name and type), makes each API service a component of its own ({@link ApiServiceComponent}), and
 * stops (engine, job executor, API and all) when any of them goes away, to start again when it returns. It runs as
 * its {@link FlipsideConfiguration} says: a change to the programme defaults applies at once, a change to anything
 * else starts the runtime again on the new settings, and a wrong value is refused, the log naming the attribute, while
 * Flipside runs on as it was.
 *
 * <p>A host may offer a {@link LearningRecords} service for mentors' recognition, at any time; without
 * one, recognition records wait in the outbox and the log says so. A host may also offer a {@link Clock}
 * service for Flipside to run on. Flipside's meters go to the host's Micrometer registries through {@link
 * MeterRegistries}, which finds them here.
 *
 * <p>A host without Configuration Admin may still set the deprecated framework properties {@code flipside.jobs},
 * {@code flipside.reflections.keyFile}, {@code flipside.jobs.lockTime}, {@code flipside.jobs.threads}, {@code
 * flipside.jobs.perAcquisition} and {@code flipside.jobs.idleWait}: they count only while no configuration exists.
 */
@Component(configurationPid = FlipsideConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
    immediate = true)
@Designate(ocd = FlipsideConfiguration.class)
public final class FlipsideComponent {

  private static final Logger LOG = LoggerFactory.getLogger(FlipsideComponent.class);

  private final LearningSystem learning = new LearningSystem(null);
  private final BundleContext bundle;
  /** The host's services Flipside runs on, held to start it again on a new configuration. */
  private final HostServices host;
  private final ComponentFactory<ApiServiceComponent> apiServiceFactory;
  private final List<ComponentInstance<ApiServiceComponent>> apiServices = new ArrayList<>();
  private RuntimeSettings settings;
  private FlipsideRuntime runtime;
  private ServiceRegistration<FlipsideMeters> meters;
  private volatile boolean stopped;

  /** Starts Flipside on the host's services, as configured, and offers each API service. */
  @Activate
  public FlipsideComponent(
      BundleContext bundle,
      FlipsideConfiguration configuration,
      Map<String, Object> properties,
      @Reference EmployeeDirectory directory,
      @Reference Notifier notifier,
      @Reference CalendarGateway calendar,
      @Reference(name = "dataSource") DataSource dataSource,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock,
      @Reference(target = "(component.factory=" + ApiServiceComponent.FACTORY + ")")
          ComponentFactory<ApiServiceComponent> apiServiceFactory) {
    this.bundle = bundle;
    // the learning system comes and goes on its own (learningRecordsOffered)
    this.host = new HostServices(directory, notifier, calendar, dataSource,
        clock == null ? Clock.systemUTC() : clock, null);
    this.apiServiceFactory = apiServiceFactory;
    start(settingsOf(configuration, properties));
  }

  /**
   * The configuration changed: new programme defaults apply at once, anything else starts the runtime again on the
   * new settings; a wrong value changes nothing.
   */
  @Modified
  void configurationChanged(FlipsideConfiguration configuration, Map<String, Object> properties) {
    RuntimeSettings next;
    try {
      next = settingsOf(configuration, properties);
    } catch (IllegalArgumentException wrong) {
      LOG.error("Flipside refuses the configuration {} and runs on as it was: {}", FlipsideConfiguration.PID,
          wrong.getMessage());
      return;
    }
    if (runtime != null && next.runsAs(settings)) {
      runtime.programmeDefaults(next.programmeDefaults());
      settings = next;
      LOG.info("New programmes start with {}", next.programmeDefaults());
      return;
    }
    LOG.info("Flipside starts again on its new configuration {}", FlipsideConfiguration.PID);
    withdraw();
    start(next);
  }

  private RuntimeSettings settingsOf(FlipsideConfiguration configuration, Map<String, Object> properties) {
    return RuntimeSettings.of(configuration,
        properties.containsKey(Constants.SERVICE_PID) ? name -> null : bundle::getProperty);
  }

  private void start(RuntimeSettings next) {
    LOG.info("Starting Flipside on the host's directory, notifier, calendar gateway and DataSource; "
        + "timed work run by {}", next.backgroundJobs() ? "Flipside's job executor" : "the host");
    if (next.reflectionKey() == null) {
      LOG.info("Private reflections are switched off: the configuration {} names no reflections.keyFile",
          FlipsideConfiguration.PID);
    }
    runtime = FlipsideRuntime.start(new FlipsideSettings(host, next.backgroundJobs(), next.reflectionKey(),
        next.jobExecutor(), next.programmeDefaults()), host.dataSource(), learning, () -> { });
    settings = next;
    try {
      runtime.services().all().forEach((api, service) -> {
        Dictionary<String, Object> apiService = new Hashtable<>();
        apiService.put(ApiServiceComponent.API, api.getName());
        apiService.put(ApiServiceComponent.SERVICE, service);
        apiService.put(Constants.SERVICE_VENDOR, "Flipside");
        apiServices.add(apiServiceFactory.newInstance(apiService));
      });
      meters = bundle.registerService(FlipsideMeters.class, runtime.meters(), null);
    } catch (RuntimeException e) {
      // DS does not deactivate a component whose activation failed: release the engine here
      withdraw();
      throw e;
    }
  }

  /** Withdraws the API and the meters, and stops the engine. */
  private void withdraw() {
    if (meters != null) {
      meters.unregister();
      meters = null;
    }
    apiServices.forEach(ComponentInstance::dispose);
    apiServices.clear();
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }

  /** The host's learning system arrives, now or while Flipside runs. */
  @Reference(name = "learningRecords", cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC, unbind = "learningRecordsWithdrawn")
  void learningRecordsOffered(LearningRecords records) {
    learning.offer(records);
    LOG.info("The host offers its LearningRecords service: mentors' recognition records go to it");
  }

  void learningRecordsWithdrawn(LearningRecords records) {
    learning.withdraw(records);
    // while the component stops its references go anyway: no news
    if (!learning.isOffered() && !stopped) {
      reportNoLearningSystem();
    }
  }

  /** Called by DS once the optional references are bound: says so when there is no learning system. */
  @Activate
  void checkLearningSystem() {
    if (!learning.isOffered()) {
      reportNoLearningSystem();
    }
  }

  private static void reportNoLearningSystem() {
    LOG.warn("The host offers no LearningRecords service: mentors' recognition records wait in Flipside's "
        + "outbox until one is registered");
  }

  /** Withdraws the API and stops the engine; the data stays in the host's database. */
  @Deactivate
  public void stop() {
    stopped = true;
    withdraw();
    LOG.info("Flipside stopped");
  }
}
