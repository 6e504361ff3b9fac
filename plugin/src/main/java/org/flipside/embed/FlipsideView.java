package org.flipside.embed;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.flipside.api.Flipside;

/**
 * {@link Flipside}'s getters answered from a lookup by service interface, so that whoever finds Flipside's services
 * (the plain Java launcher in its own list, a host in its OSGi service registry) writes no getter of its own: a
 * service added to the API is found by every host at once.
 *
 * @since 1.1
 */
public final class FlipsideView {

  private FlipsideView() {}

  /** The API services {@link Flipside} offers: the interface each of its getters returns. */
  public static List<Class<?>> services() {
    return Arrays.stream(Flipside.class.getMethods())
        .filter(FlipsideView::isGetter)
        .map(Method::getReturnType)
        .sorted(Comparator.comparing(Class::getName))
        .<Class<?>>map(type -> type)
        .toList();
  }

  /**
   * A {@link Flipside} whose getters ask the lookup for their service, and whose {@link Flipside#close()} runs the
   * given action.
   *
   * @param lookup finds the service offered under an API interface
   * @param close stops what the lookup's services run on
   * @return the view
   */
  public static Flipside of(Function<Class<?>, Object> lookup, Runnable close) {
    return (Flipside) Proxy.newProxyInstance(Flipside.class.getClassLoader(), new Class<?>[] {Flipside.class},
        (proxy, method, arguments) -> {
          if (isGetter(method)) {
            return lookup.apply(method.getReturnType());
          }
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close.run();
            return null;
          }
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == arguments[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> "Flipside";
            };
          }
          throw new UnsupportedOperationException(method.toString());
        });
  }

  private static boolean isGetter(Method method) {
    return method.getDeclaringClass() == Flipside.class && method.getParameterCount() == 0
        && Modifier.isAbstract(method.getModifiers()) && method.getReturnType().isInterface();
  }
}
