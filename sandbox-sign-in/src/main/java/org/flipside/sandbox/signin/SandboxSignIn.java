package org.flipside.sandbox.signin;

import java.util.Dictionary;
import java.util.Hashtable;
import org.flipside.spi.EmployeeDirectory;
import org.flipside.web.spi.WebIdentity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * THE SANDBOX'S identity for Flipside's web console: registers the sign-in page with the Servlet Whiteboard and the
 * sessions it starts as the console's {@link WebIdentity}.
 */
@Component(immediate = true)
public final class SandboxSignIn {

  private final ServiceRegistration<?> page;
  private final ServiceRegistration<WebIdentity> identity;

  /** Offers the sign-in page and the identity, over the host's directory. */
  @Activate
  public SandboxSignIn(BundleContext bundle, @Reference EmployeeDirectory directory) {
    SandboxSessions sessions = new SandboxSessions();
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.name", "flipside-sandbox-sign-in");
    properties.put("osgi.http.whiteboard.servlet.pattern", SignInPage.PATH);
    page = bundle.registerService("jakarta.servlet.Servlet", new SignInPage(directory, sessions), properties);
    identity = bundle.registerService(WebIdentity.class, sessions, null);
  }

  /** Withdraws both. */
  @Deactivate
  void stop() {
    identity.unregister();
    page.unregister();
  }
}
