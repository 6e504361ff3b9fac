package org.flipside.internal.boundary;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;

/**
 * The one boundary every call from the host crosses: it refuses a call that names no acting employee, and
 * text with control characters (see {@link ControlCharacters}), before any service sees it, and turns whatever the engine or the persistence layer throws into
 * Flipside's own exceptions (see {@link ForeignErrors}), so no library type or message reaches the host.
 */
public final class ApiBoundary {

  private ApiBoundary() {}

  /** The service as the host sees it: each method of the API interface called through the boundary. */
  public static <T> T guard(Class<T> api, T service) {
    ForeignErrors errors = new ForeignErrors(api);
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(service, arguments);
      }
      requireActor(method, arguments);
      ControlCharacters.refuseIn(method, arguments);
      try {
        return method.invoke(service, arguments);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw errors.translate(method, e.getCause());
      }
    };
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  private static void requireActor(Method method, Object[] arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == Actor.class && arguments[i] == null) {
        throw new AccessDeniedException("actor: every call must name the acting employee");
      }
    }
  }
}
