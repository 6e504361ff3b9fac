package org.flipside.internal.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flipside.embed.FlipsideSettings;
import org.flipside.internal.host.LearningSystem;
import org.flipside.internal.service.FlipsideRuntime;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Notifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentFactory;
import org.osgi.service.component.ComponentInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's runtime inside the host's OSGi framework: it starts once the host offers its directory, notifier,
 * calendar gateway and DataSource, makes each API service a component of its own ({@link ApiServiceComponent}), and
 * stops (engine, job executor, API and all) when any of them goes away, to start again when it returns. It runs as
 * its {@link FlipsideConfiguration} says, and starts again on the new settings when that configuration changes.
 *
 * <p>A host may offer a {@link LearningRecords} service for mentors' recognition, at any time; without
 * one, recognition records wait in the outbox and the log says so. A host may also offer a {@link Clock}
 * service for Flipside to run on.
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
  private final FlipsideRuntime runtime;
  private final List<ComponentInstance<ApiServiceComponent>> apiServices = new ArrayList<>();
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
    RuntimeSettings settings = RuntimeSettings.of(configuration,
        properties.containsKey(Constants.SERVICE_PID) ? name -> null : bundle::getProperty);
    LOG.info("Starting Flipside on the host's directory, notifier, calendar gateway and DataSource; "
        + "timed work run by {}", settings.backgroundJobs() ? "Flipside's job executor" : "the host");
    if (settings.reflectionKey() == null) {
      LOG.info("Private reflections are switched off: the configuration {} names no reflections.keyFile",
          FlipsideConfiguration.PID);
    }
    runtime = FlipsideRuntime.start(
        new FlipsideSettings(dataSource, directory, notifier, calendar, clock == null ? Clock.systemUTC() : clock,
            settings.backgroundJobs(), settings.reflectionKey(), null, settings.jobExecutor()),
        dataSource, learning, () -> { });
    try {
      runtime.services().all().forEach((api, service) -> {
        Dictionary<String, Object> apiService = new Hashtable<>();
        apiService.put(ApiServiceComponent.API, api.getName());
        apiService.put(ApiServiceComponent.SERVICE, service);
        apiService.put(Constants.SERVICE_VENDOR, "Flipside");
        apiServices.add(apiServiceFactory.newInstance(apiService));
      });
    } catch (RuntimeException e) {
      // DS does not deactivate a component whose activation failed: release the engine here
      stop();
      throw e;
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
    apiServices.forEach(ComponentInstance::dispose);
    apiServices.clear();
    runtime.close();
    LOG.info("Flipside stopped");
  }
}
