package org.flipside.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flipside.api.OperationalComponent;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.Test;

class HostServiceWatchTest {

  private static final Instant NOW = Instant.parse("2027-03-26T09:00:00Z");
  private final HostServiceWatch watch = new HostServiceWatch(Clock.fixed(NOW, ZoneOffset.UTC));
  private final AtomicBoolean down = new AtomicBoolean();
  private final EmployeeDirectory host = new EmployeeDirectory() {
    @Override
    public Optional<Employee> find(String employeeId) {
      if (down.get()) {
        throw new IllegalStateException("the host's directory is down");
      }
      return Optional.empty();
    }

    @Override
    public java.util.List<Employee> employees() {
      return java.util.List.of();
    }

    @Override
    public java.util.Set<String> rolesOf(String employeeId) {
      return java.util.Set.of();
    }
  };
  private final EmployeeDirectory watched = watch.watch(EmployeeDirectory.class, host, OperationalComponent.DIRECTORY);

  @Test
  void theHostsOwnFailureReachesTheCallerMarkedWithTheServiceThatFailed() {
    down.set(true);

    assertThatThrownBy(() -> watched.find("ops-1")).isInstanceOf(IllegalStateException.class)
        .hasMessage("the host's directory is down")
        .satisfies(failure -> assertThat(failure.getSuppressed()).singleElement()
            .isInstanceOfSatisfying(HostServiceFailed.class,
                mark -> assertThat(mark.service()).isEqualTo(OperationalComponent.DIRECTORY)));
    assertThat(watch.failsNow(OperationalComponent.DIRECTORY)).isTrue();
    assertThat(watch.lastFailureAt(OperationalComponent.DIRECTORY)).contains(NOW);
  }

  @Test
  void anAnswerAfterAFailureAtTheSameMomentClearsIt() {
    down.set(true);
    assertThatThrownBy(() -> watched.find("ops-1")).isInstanceOf(IllegalStateException.class);
    down.set(false);

    assertThat(watched.find("ops-1")).isEmpty();

    assertThat(watch.failsNow(OperationalComponent.DIRECTORY)).as("the clock stood still; the order counts").isFalse();
    assertThat(watch.lastFailureAt(OperationalComponent.DIRECTORY)).as("still remembered").contains(NOW);
  }

  @Test
  void aServiceNeverCalledHasNotFailed() {
    assertThat(watch.failsNow(OperationalComponent.NOTIFIER)).isFalse();
    assertThat(watch.lastFailureAt(OperationalComponent.NOTIFIER)).isEmpty();
  }
}
