package org.flipside.sandbox.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * THE SANDBOX'S clock page, registered with the Servlet Whiteboard when the sandbox's host offers its clock control
 * (the {@code serve} command does; a real host offers none, so the page does not exist there).
 */
@Component(immediate = true)
public final class SandboxClock {

  private final ServiceRegistration<?> page;

  /** Offers the page over the host's clock and its control. */
  @Activate
  public SandboxClock(BundleContext bundle, @Reference Clock clock,
      @Reference(target = "(flipside.sandbox.clock=true)") Function<Duration, Instant> advance) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put("osgi.http.whiteboard.servlet.name", "flipside-sandbox-clock");
    properties.put("osgi.http.whiteboard.servlet.pattern", ClockPage.PATH);
    page = bundle.registerService("jakarta.servlet.Servlet", new ClockPage(clock, advance), properties);
  }

  /** Withdraws the page. */
  @Deactivate
  void stop() {
    page.unregister();
  }
}
