package org.flipside.embed;

import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flipside.spi.CalendarGateway;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Notifier;
import org.jspecify.annotations.Nullable;

/**
 * The host's services Flipside runs on, declared once: the plain Java launcher takes them from {@link
 * FlipsideSettings#host()}, and in OSGi Flipside's runtime component references each as a service of the record
 * component's type under the record component's name (its {@code <name>.target} property selects among several,
 * such as {@code dataSource.target}). {@code HostServicesDeclaredOnceTest} fails when the component's references and
 * this record drift apart.
 *
 * @param directory the host's employee directory, also the engine's read-only identity provider
 * @param notifier delivers messages to employees
 * @param calendar delivers calendar invites to employees
 * @param dataSource a pooled DataSource; in plain Java {@code null} for an embedded in-memory H2 database, in OSGi
 *     required
 * @param clock the time Flipside runs on; in OSGi optional (the system clock without one)
 * @param learningRecords records mentors' recognition in the host's learning system, or {@code null} when the host
 *     has none: the records then wait in Flipside's outbox; in OSGi it may come and go while Flipside runs
 * @since 1.1
 */
public record HostServices(
    EmployeeDirectory directory,
    Notifier notifier,
    CalendarGateway calendar,
    @Nullable DataSource dataSource,
    Clock clock,
    @Nullable LearningRecords learningRecords) {

  /** Checks the services every host must offer are there, naming the one missing. */
  public HostServices {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(notifier, "notifier");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(clock, "clock");
  }
}
