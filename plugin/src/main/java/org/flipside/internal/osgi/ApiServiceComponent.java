package org.flipside.internal.osgi;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One of Flipside's API services as a component of its own: the runtime makes one per service it offers (see {@link
 * FlipsideComponent}), and each registers its service under its API interface, with its own component id, until the
 * runtime stops. A component registers the service rather than being it, because the host must get the service
 * behind Flipside's API boundary, which is a proxy DS cannot instantiate.
 */
@Component(factory = ApiServiceComponent.FACTORY)
public final class ApiServiceComponent {

  /** The component factory the runtime makes API service components with. */
  static final String FACTORY = "org.flipside.api.service";

  /** Component property: the API interface's name, under which the service is registered. */
  static final String API = "flipside.api";

  /** Private component property (not registered): the service object. */
  static final String SERVICE = ".flipside.service";

  private final ServiceRegistration<?> registration;

  /** Registers the service with this component's public properties. */
  @Activate
  public ApiServiceComponent(BundleContext bundle, Map<String, Object> properties) {
    Dictionary<String, Object> advertised = new Hashtable<>();
    // DS keeps private properties (a leading dot) off a component's services: so does this registration
    properties.forEach((name, value) -> {
      if (!name.startsWith(".")) {
        advertised.put(name, value);
      }
    });
    registration = bundle.registerService((String) properties.get(API), properties.get(SERVICE), advertised);
  }

  /** Withdraws the service. */
  @Deactivate
  void withdraw() {
    registration.unregister();
  }
}
