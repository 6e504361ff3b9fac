package org.flipside.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.flipside.web.spi.WebIdentity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Offers the console's servlets to the host's OSGi Servlet Whiteboard (Jakarta Servlet). Loaded only once the
 * servlet API is known to be wired, since the servlets need it.
 */
final class WhiteboardServlets {

  private WhiteboardServlets() {}

  static List<ServiceRegistration<?>> register(BundleContext bundle, ObjectMapper json, ConsoleRequests requests,
      WebIdentity identity) {
    return List.of(
        register(bundle, "flipside-console-pages", Console.ROOT + "/*", new PagesServlet(identity)),
        register(bundle, "flipside-console-api", Console.API + "/*", new ApiServlet(json, requests, identity)));
  }

  private static ServiceRegistration<?> register(BundleContext bundle, String name, String pattern, Object servlet) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.name", name);
    properties.put("osgi.http.whiteboard.servlet.pattern", pattern);
    properties.put("service.vendor", "Flipside");
    return bundle.registerService("jakarta.servlet.Servlet", servlet, properties);
  }
}
