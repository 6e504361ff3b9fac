package org.flipside.internal.osgi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.Notifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the host's log which of the services Flipside needs are missing, so an integrator can see
 * why Flipside's API is not there, and when it comes back.
 */
@Component(immediate = true)
public final class HostServicesWatch {

  private static final Logger LOG = LoggerFactory.getLogger(HostServicesWatch.class);
  private static final List<String> NEEDED = List.of("EmployeeDirectory", "Notifier", "CalendarGateway", "DataSource");

  private final Map<String, AtomicInteger> offered = new ConcurrentHashMap<>();
  private volatile boolean active;

  /** Reports what is missing when the watch starts. */
  @Activate
  void activate() {
    active = true;
    NEEDED.stream().filter(service -> count(service).get() == 0).forEach(HostServicesWatch::reportMissing);
  }

  /** Quiet while the bundle stops: its services going away then is no news. */
  @Deactivate
  void deactivate() {
    active = false;
  }

  @Reference(service = EmployeeDirectory.class, cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC, unbind = "directoryWithdrawn")
  void directoryOffered(EmployeeDirectory directory) {
    offeredAgain("EmployeeDirectory");
  }

  void directoryWithdrawn(EmployeeDirectory directory) {
    withdrawn("EmployeeDirectory");
  }

  @Reference(service = Notifier.class, cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC, unbind = "notifierWithdrawn")
  void notifierOffered(Notifier notifier) {
    offeredAgain("Notifier");
  }

  void notifierWithdrawn(Notifier notifier) {
    withdrawn("Notifier");
  }

  @Reference(service = CalendarGateway.class, cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC, unbind = "calendarWithdrawn")
  void calendarOffered(CalendarGateway calendar) {
    offeredAgain("CalendarGateway");
  }

  void calendarWithdrawn(CalendarGateway calendar) {
    withdrawn("CalendarGateway");
  }

  @Reference(service = DataSource.class, cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC, unbind = "dataSourceWithdrawn")
  void dataSourceOffered(DataSource dataSource) {
    offeredAgain("DataSource");
  }

  void dataSourceWithdrawn(DataSource dataSource) {
    withdrawn("DataSource");
  }

  private void offeredAgain(String service) {
    if (count(service).incrementAndGet() == 1 && active) {
      LOG.info("The host offers its {} again", service);
    }
  }

  private void withdrawn(String service) {
    if (count(service).decrementAndGet() == 0 && active) {
      reportMissing(service);
    }
  }

  private AtomicInteger count(String service) {
    return offered.computeIfAbsent(service, ignored -> new AtomicInteger());
  }

  private static void reportMissing(String service) {
    LOG.warn("Flipside is waiting for the host's {} service; its API stays withdrawn until one is registered", service);
  }
}
