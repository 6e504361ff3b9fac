package org.flipside.internal.operations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.flipside.api.OperationalComponent;

/**
 * Remembers, on this node, when each host service last answered and last failed, for the health check; the failure
 * keeps its own exception (see {@link HostServiceFailed}).
 */
public final class HostServiceWatch {

  private final Clock clock;
  // calls are ordered by a counter, not the clock: a host's clock may stand still between two calls
  private final AtomicLong calls = new AtomicLong();
  private final Map<OperationalComponent, Long> lastAnswers = new ConcurrentHashMap<>();
  private final Map<OperationalComponent, Long> lastFailures = new ConcurrentHashMap<>();
  private final Map<OperationalComponent, Instant> lastFailureTimes = new ConcurrentHashMap<>();

  public HostServiceWatch(Clock clock) {
    this.clock = clock;
  }

  /** The host's service as Flipside calls it: every call's outcome is remembered. */
  public <T> T watch(Class<T> type, T service, OperationalComponent component) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(service, arguments);
      }
      try {
        Object result = method.invoke(service, arguments);
        answered(component);
        return result;
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          failed(component, failure);
        }
        throw e.getCause();
      }
    }));
  }

  /** The service took a call. */
  public void answered(OperationalComponent component) {
    lastAnswers.put(component, calls.incrementAndGet());
  }

  /** The service failed a call: remembered, and marked on the failure. */
  public void failed(OperationalComponent component, RuntimeException failure) {
    lastFailures.put(component, calls.incrementAndGet());
    lastFailureTimes.put(component, clock.instant());
    failure.addSuppressed(new HostServiceFailed(component));
  }

  /** When the service last failed on this node, if it did. */
  Optional<Instant> lastFailureAt(OperationalComponent component) {
    return Optional.ofNullable(lastFailureTimes.get(component));
  }

  /** Whether the service's last call on this node failed. */
  boolean failsNow(OperationalComponent component) {
    return lastFailures.getOrDefault(component, 0L) > lastAnswers.getOrDefault(component, 0L);
  }
}
