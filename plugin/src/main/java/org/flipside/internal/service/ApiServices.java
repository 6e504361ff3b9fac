package org.flipside.internal.service;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.flipside.internal.boundary.ApiBoundary;

/**
 * Flipside's API services, each under its interface and behind the {@link ApiBoundary}: the one list that the plain
 * Java launcher hands out and that the OSGi bundle registers, each as a component of its own.
 */
public final class ApiServices {

  private final Map<Class<?>, Object> services = new LinkedHashMap<>();

  /** Adds a service under its API interface, guarded. */
  <T> ApiServices add(Class<T> api, T service) {
    if (services.putIfAbsent(api, ApiBoundary.guard(api, service)) != null) {
      throw new IllegalStateException(api.getSimpleName() + " is offered twice");
    }
    return this;
  }

  /** Fails unless every one of these interfaces has its service: a getter of the API with none would answer null. */
  ApiServices requireEvery(Collection<Class<?>> apis) {
    Set<Class<?>> missing = new LinkedHashSet<>(apis);
    missing.removeAll(services.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException("no service for " + missing);
    }
    return this;
  }

  /** The service offered under this interface. */
  public Object get(Class<?> api) {
    Object service = services.get(api);
    if (service == null) {
      throw new IllegalArgumentException(api.getName() + " is not one of Flipside's API services");
    }
    return service;
  }

  /** Every service, by interface, in the order they were added. */
  public Map<Class<?>, Object> all() {
    return Collections.unmodifiableMap(services);
  }
}
