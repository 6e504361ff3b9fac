package org.flipside.internal.modeler;

import org.flipside.api.ProcessLibrary;
import org.flipside.spi.CallerAuthenticator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda Modeler's "Deploy" button for Flipside: an endpoint at {@link ProcessLibrary#MODELER_PATH} that answers as
 * a Camunda 7 REST API does, on Flipside's process library. Offered once the host runs an OSGi Servlet Whiteboard
 * (Jakarta Servlet 5 or later) and a {@link CallerAuthenticator}; without them Flipside runs without it.
 */
@Component(immediate = true)
public final class ModelerEndpoint {

  /** The largest file a deployment may carry. */
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ModelerEndpoint.class);

  private final ServiceRegistration<?> registration;

  /** Offers the endpoint when the servlet API is wired to the bundle. */
  @Activate
  public ModelerEndpoint(BundleContext bundle, @Reference ProcessLibrary library,
      @Reference CallerAuthenticator authenticator) {
    if (!servletApiWired()) {
      LOG.info("No Jakarta Servlet API in the framework: Camunda Modeler's endpoint {} is not offered",
          ProcessLibrary.MODELER_PATH);
      registration = null;
      return;
    }
    registration = WhiteboardServlet.register(bundle, new ModelerRequests(library, authenticator));
    LOG.info("Camunda Modeler deploys to Flipside at {} (Camunda 7 REST endpoint)", ProcessLibrary.MODELER_PATH);
  }

  private static boolean servletApiWired() {
    try {
      Class.forName("jakarta.servlet.http.HttpServlet", false, ModelerEndpoint.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Withdraws the endpoint. */
  @Deactivate
  void stop() {
    if (registration != null) {
      registration.unregister();
    }
  }
}
