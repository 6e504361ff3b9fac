package org.flipside.internal.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.sql.DataSource;
import org.flipside.api.DueWork;
import org.flipside.api.MatchReview;
import org.flipside.api.Reports;
import org.flipside.api.ProgrammeService;
import org.flipside.api.TaskInbox;
import org.flipside.internal.service.FlipsideRuntime;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.Notifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside inside the host's OSGi framework: it starts once the host offers its directory,
 * notifier, calendar gateway and DataSource, registers Flipside's API as services, and stops
 * (engine, job executor and all) when any of them goes away, to start again when it returns.
 *
 * <p>A host may also offer a {@link Clock} service for Flipside to run on, and may set the framework
 * property {@value #JOBS_PROPERTY} to {@code host} to run timed work itself through {@link DueWork}
 * instead of Flipside's own job executor.
 */
@Component(immediate = true)
public final class FlipsideComponent {

  /** Framework property: {@code host} leaves timed work to the host's scheduler. */
  public static final String JOBS_PROPERTY = "flipside.jobs";

  private static final Logger LOG = LoggerFactory.getLogger(FlipsideComponent.class);

  private final FlipsideRuntime runtime;
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

  /** Starts Flipside on the host's services. */
  @Activate
  public FlipsideComponent(
      BundleContext bundle,
      @Reference EmployeeDirectory directory,
      @Reference Notifier notifier,
      @Reference CalendarGateway calendar,
      @Reference DataSource dataSource,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
    boolean backgroundJobs = !"host".equals(bundle.getProperty(JOBS_PROPERTY));
    LOG.info("Starting Flipside on the host's directory, notifier, calendar gateway and DataSource; "
        + "timed work run by {}", backgroundJobs ? "Flipside's job executor" : "the host");
    runtime = FlipsideRuntime.start(dataSource, directory, notifier, calendar,
        clock == null ? Clock.systemUTC() : clock, backgroundJobs, () -> { });
    try {
      Dictionary<String, Object> properties = new Hashtable<>();
      properties.put("service.vendor", "Flipside");
      registrations.add(bundle.registerService(ProgrammeService.class, runtime.programmes(), properties));
      registrations.add(bundle.registerService(TaskInbox.class, runtime.inbox(), properties));
      registrations.add(bundle.registerService(DueWork.class, runtime.dueWork(), properties));
      registrations.add(bundle.registerService(MatchReview.class, runtime.matchReview(), properties));
      registrations.add(bundle.registerService(Reports.class, runtime.reports(), properties));
    } catch (RuntimeException e) {
      // DS does not deactivate a component whose activation failed: release the engine here
      stop();
      throw e;
    }
  }

  /** Withdraws the API and stops the engine; the data stays in the host's database. */
  @Deactivate
  public void stop() {
    registrations.forEach(ServiceRegistration::unregister);
    registrations.clear();
    runtime.close();
    LOG.info("Flipside stopped");
  }
}
