package org.flipside.internal.modeler;

import java.util.Dictionary;
import java.util.Hashtable;
import org.flipside.api.ProcessLibrary;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Offers the Modeler endpoint to the host's OSGi Servlet Whiteboard (Jakarta Servlet). Loaded only once the
 * servlet API is known to be wired, since its servlet needs it.
 */
final class WhiteboardServlet {

  private WhiteboardServlet() {}

  static ServiceRegistration<?> register(BundleContext bundle, ModelerRequests requests) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.name", "flipside-modeler-endpoint");
    properties.put("osgi.http.whiteboard.servlet.pattern", ProcessLibrary.MODELER_PATH + "/*");
    properties.put("osgi.http.whiteboard.servlet.multipart.enabled", Boolean.TRUE);
    properties.put("osgi.http.whiteboard.servlet.multipart.maxFileSize", ModelerEndpoint.MAX_FILE_BYTES);
    properties.put("service.vendor", "Flipside");
    return bundle.registerService("jakarta.servlet.Servlet", new DeploymentServlet(requests), properties);
  }
}
