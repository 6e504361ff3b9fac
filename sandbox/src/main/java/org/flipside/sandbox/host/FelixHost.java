package org.flipside.sandbox.host;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.flipside.api.Flipside;
import org.flipside.api.ProgrammeService;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.FlipsideView;
import org.flipside.embed.HostServices;
import org.flipside.spi.CallerAuthenticator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The sandbox's host platform as an OSGi framework: Apache Felix with the host baseline
 * (Declarative Services, SLF4J) and Configuration Admin with Metatype, the host's services registered by the host
 * itself, Flipside configured through Configuration Admin as the settings say, and the Flipside bundle the build
 * produced. The host's own code lives outside the framework, as in most
 * HR platforms, and shares Flipside's API and SPI packages with the bundle through the system
 * bundle.
 *
 * <p>The bundles come with the sandbox, under {@value #BUNDLES} on its class path.
 */
public final class FelixHost implements AutoCloseable {

  static final String BUNDLES = "org/flipside/sandbox/bundles/";
  /** The host baseline, in the order it is installed, then its logging, then Flipside. */
  private static final List<String> BASELINE = List.of(
      "org.osgi.util.function.jar", "org.osgi.util.promise.jar", "org.osgi.service.component.jar",
      "org.apache.felix.scr.jar", "org.osgi.service.log.jar", "org.apache.felix.configadmin.jar",
      "org.apache.felix.metatype.jar");
  /** The baseline's logging: the SLF4J 1.7 API with its simple binding. */
  private static final List<String> SLF4J_1_7 = List.of("slf4j-api.jar", "slf4j-simple.jar");
  private static final String FLIPSIDE = "flipside-plugin-bundle.jar";
  /** An HTTP service with the OSGi Servlet Whiteboard, for a host that serves Flipside's Modeler endpoint. */
  private static final List<String> HTTP = List.of("org.apache.felix.http.servlet-api.jar",
      "org.apache.felix.http.jetty.jar");
  /** Flipside's web console, and the sandbox's sign-in it names employees by, on that HTTP service. */
  private static final List<String> WEB = List.of("flipside-web-bundle.jar", "flipside-sandbox-sign-in-bundle.jar");
  /** The service property that marks the sandbox's clock control, which only the sandbox's own pages use. */
  public static final String CLOCK_CONTROL = "flipside.sandbox.clock";
  /** Where the web console's pages are, on the HTTP service. */
  public static final String CONSOLE_PATH = "/flipside/console/";

  /** Shared with the framework through the system bundle: Flipside's API and SPI, and the configuration APIs. */
  private static final String API_PACKAGES = "org.flipside.api;version=\"1.1.0\",org.flipside.spi;version=\"1.1.0\","
      + "org.osgi.service.cm;version=\"1.6.1\",org.osgi.service.metatype;version=\"1.4.1\"";
  /**
   * Shared with the framework by a host whose platform has Micrometer outside it: the packages of Micrometer's API
   * that Flipside imports, at the version on the class path.
   */
  private static final String MICROMETER_PACKAGES = "io.micrometer.core.instrument;version=\"%1$s\","
      + "io.micrometer.core.instrument.binder;version=\"%1$s\"";
  /** Flipside's configuration PID. */
  public static final String FLIPSIDE_PID = "org.flipside";

  private final Framework framework;
  private final Path storage;
  private final Path keyFile;
  private final Bundle plugin;
  private final Map<Class<?>, Object> hostServices;
  private final Map<Class<?>, ServiceRegistration<?>> registrations = new HashMap<>();
  private final Flipside flipside = FlipsideView.of(this::service, this::close);

  private FelixHost(Framework framework, Path storage, Path keyFile, Bundle plugin,
      Map<Class<?>, Object> hostServices) {
    this.framework = framework;
    this.storage = storage;
    this.keyFile = keyFile;
    this.plugin = plugin;
    this.hostServices = hostServices;
  }

  /** Boots the framework, registers the host's services and starts the Flipside bundle. */
  public static FelixHost start(FlipsideSettings settings) {
    return start(settings, 0, null, SLF4J_1_7, API_PACKAGES);
  }

  /**
   * As {@link #start(FlipsideSettings)}, on a host that shares Micrometer's API with the framework through the system
   * bundle, as it shares Flipside's, so that a {@code MeterRegistry} it registers publishes Flipside's meters.
   */
  public static FelixHost sharingMicrometer(FlipsideSettings settings) {
    String version = MeterRegistry.class.getPackage().getImplementationVersion();
    return start(settings, 0, null, SLF4J_1_7, API_PACKAGES + "," + MICROMETER_PACKAGES.formatted(version));
  }

  /**
   * As {@link #start(FlipsideSettings)}, on a host that logs through other bundles than the baseline's SLF4J 1.7,
   * installed and started in the order given, found under {@value #BUNDLES} on the class path.
   */
  public static FelixHost loggingThrough(List<String> loggingBundles, FlipsideSettings settings) {
    return start(settings, 0, null, loggingBundles, API_PACKAGES);
  }

  /**
   * As {@link #start(FlipsideSettings)}, with an HTTP service on 127.0.0.1 at the port and the sandbox's
   * authenticator, so Camunda Modeler can deploy to Flipside.
   */
  public static FelixHost serving(FlipsideSettings settings, int port) {
    return start(settings, port, new SandboxAuthenticator(settings.directory()), SLF4J_1_7, API_PACKAGES);
  }

  private static FelixHost start(FlipsideSettings settings, int httpPort, CallerAuthenticator authenticator,
      List<String> logging, String sharedPackages) {
    try {
      Path storage = Files.createTempDirectory("flipside-felix");
      Map<String, String> properties = new HashMap<>();
      properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
      properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
      properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, sharedPackages);
      Path keyFile = settings.reflectionKey() == null ? null : keyFile(settings.reflectionKey());
      List<String> bundles = new ArrayList<>(BASELINE);
      bundles.addAll(logging);
      if (authenticator != null) {
        properties.put("org.osgi.service.http.port", Integer.toString(httpPort));
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        bundles.addAll(HTTP);
      }
      Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties);
      framework.start();
      BundleContext host = framework.getBundleContext();
      List<Bundle> baseline = new ArrayList<>();
      for (String bundle : bundles) {
        baseline.add(install(host, bundle));
      }
      for (Bundle bundle : baseline) {
        bundle.start();
      }
      Map<Class<?>, Object> hostServices = hostServices(settings.host());
      if (authenticator != null) {
        hostServices.put(CallerAuthenticator.class, authenticator);
      }
      Bundle plugin = install(host, FLIPSIDE);
      FelixHost felix = new FelixHost(framework, storage, keyFile, plugin, hostServices);
      felix.configure(configuration(settings, keyFile));
      hostServices.keySet().forEach(felix::offer);
      plugin.start();
      if (authenticator != null) {
        for (String bundle : WEB) {
          install(host, bundle).start();
        }
      }
      felix.awaitServices();
      return felix;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BundleException e) {
      throw new IllegalStateException("the host could not start Flipside", e);
    }
  }

  /** Each of the host's services the settings name, by the type Flipside's component references it as. */
  private static Map<Class<?>, Object> hostServices(HostServices host) {
    Map<Class<?>, Object> services = new LinkedHashMap<>();
    for (RecordComponent service : HostServices.class.getRecordComponents()) {
      try {
        Object offered = service.getAccessor().invoke(host);
        if (offered != null) {
          services.put(service.getType(), offered);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the host's " + service.getName(), e);
      }
    }
    return services;
  }

  /** Registers one of the host's services, as when the host's service (re)starts. */
  public void offer(Class<?> type) {
    registrations.put(type, framework.getBundleContext().registerService(type.getName(), hostServices.get(type), null));
  }

  /**
   * Offers the sandbox's own pages a control that moves the simulated clock on: a {@link Function} from how far to the
   * time it then shows, registered under {@value #CLOCK_CONTROL}. Its types are the JDK's, which every bundle shares.
   */
  public void offerClockControl(Function<Duration, Instant> advance) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put(CLOCK_CONTROL, true);
    framework.getBundleContext().registerService(Function.class.getName(), advance, properties);
  }

  /** Registers another service of the host's, with these service properties; the caller unregisters it. */
  public ServiceRegistration<?> register(Class<?> type, Object service, Map<String, ?> properties) {
    return framework.getBundleContext().registerService(type.getName(), service, new Hashtable<String, Object>(properties));
  }

  /** Unregisters one of the host's services, as when the host's service goes down. */
  public void withdraw(Class<?> type) {
    registrations.remove(type).unregister();
  }

  /** The Flipside bundle, as the framework sees it. */
  public Bundle plugin() {
    return plugin;
  }

  /** Flipside's API, as the host finds it in the framework's service registry; closing it stops the framework. */
  public Flipside flipside() {
    return flipside;
  }

  /**
   * Sets these attributes of Flipside's configuration (PID {@value #FLIPSIDE_PID}) through Configuration Admin, keeping
   * the others: Flipside restarts on them.
   */
  public void configure(Map<String, ?> attributes) {
    try {
      Configuration configuration = service(ConfigurationAdmin.class).getConfiguration(FLIPSIDE_PID, "?");
      Dictionary<String, Object> properties =
          configuration.getProperties() == null ? new Hashtable<>() : configuration.getProperties();
      attributes.forEach(properties::put);
      configuration.update(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flipside's configuration as the plain Java launcher's settings say. */
  private static Map<String, Object> configuration(FlipsideSettings settings, Path keyFile) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("jobs", settings.backgroundJobs() ? "flipside" : "host");
    attributes.put("reflections.keyFile", keyFile == null ? "" : keyFile.toString());
    attributes.put("jobs.lockTime", settings.jobExecutor().lockTime().toString());
    attributes.put("jobs.threads", settings.jobExecutor().threads());
    attributes.put("jobs.perAcquisition", settings.jobExecutor().jobsPerAcquisition());
    attributes.put("jobs.idleWait", settings.jobExecutor().idleWait().toString());
    attributes.put("programmeDefaults.retentionMonths", settings.programmeDefaults().retentionMonths());
    attributes.put("programmeDefaults.anonymityThreshold", settings.programmeDefaults().anonymityThreshold());
    return attributes;
  }

  /** Waits for each of Flipside's API services, as after the bundle (re)started or its configuration changed. */
  public void awaitServices() {
    FlipsideView.services().forEach(this::await);
  }

  /**
   * The service of this type, as registered now, or once it is; held until the framework stops (a tracker would give
   * it back, which ends a service factory's object such as Configuration Admin's).
   */
  public <T> T service(Class<T> type) {
    BundleContext host = framework.getBundleContext();
    ServiceReference<T> registered = host.getServiceReference(type);
    if (registered == null) {
      await(type);
      registered = host.getServiceReference(type);
    }
    return host.getService(registered);
  }

  /** Whether Flipside's API is registered now. */
  public boolean offersApi() {
    return framework.getBundleContext().getServiceReference(ProgrammeService.class) != null;
  }

  private <T> T await(Class<T> type) {
    ServiceTracker<T, T> tracker = new ServiceTracker<>(framework.getBundleContext(), type, null);
    tracker.open();
    try {
      return Optional.ofNullable(tracker.waitForService(120_000))
          .orElseThrow(() -> new IllegalStateException("Flipside did not offer " + type.getSimpleName()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      tracker.close();
    }
  }

  /**
   * Keeps the reflection key as a host would: in a file of its own, outside Flipside's database,
   * readable by the host's account alone where the file system allows it. (Not in the framework's
   * storage, which the framework empties when it starts.)
   */
  private static Path keyFile(SecretKey key) throws IOException {
    Path file = Files.createTempFile("flipside-reflection-key", ".b64");
    Files.writeString(file, Base64.getEncoder().encodeToString(key.getEncoded()), StandardCharsets.US_ASCII);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }

  /** Stops the framework, and with it the Flipside bundle. */
  @Override
  public void close() {
    try {
      framework.stop();
      framework.waitForStop(60_000);
      try (Stream<Path> files = Files.walk(storage)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
      if (keyFile != null) {
        Files.deleteIfExists(keyFile);
      }
    } catch (BundleException | IOException e) {
      throw new IllegalStateException("the framework did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Bundle install(BundleContext host, String name) throws BundleException, IOException {
    try (InputStream content = FelixHost.class.getClassLoader().getResourceAsStream(BUNDLES + name)) {
      if (content == null) {
        throw new IllegalStateException("the sandbox was built without the bundle " + name);
      }
      return host.installBundle("sandbox:" + name, content);
    }
  }

  /** The Flipside bundle's content, for a host that updates it in place. */
  public static InputStream flipsideBundle() {
    return FelixHost.class.getClassLoader().getResourceAsStream(BUNDLES + FLIPSIDE);
  }

}
