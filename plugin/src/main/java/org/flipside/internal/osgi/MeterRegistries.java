package org.flipside.internal.osgi;

import io.micrometer.core.instrument.MeterRegistry;
import org.flipside.internal.operations.FlipsideMeters;
import org.flipside.internal.operations.MicrometerMeters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Publishes Flipside's meters to each Micrometer {@link MeterRegistry} service the host registers, while Flipside's
 * runtime runs ({@link FlipsideComponent} offers its {@link FlipsideMeters} inside the bundle). Micrometer is the
 * host's: the bundle imports its packages optionally and nests no copy, so this component, the only one that loads a
 * Micrometer class, waits for a registry, and with no Micrometer in the framework it never starts.
 */
@Component(immediate = true)
public final class MeterRegistries {

  private final MicrometerMeters publication;

  /** Flipside's runtime runs, and the host offers a registry. */
  @Activate
  public MeterRegistries(@Reference FlipsideMeters figures) {
    publication = new MicrometerMeters(figures);
  }

  /** A registry arrives, now or while Flipside runs: it publishes Flipside's meters from now on. */
  @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
      unbind = "registryWithdrawn")
  void registryOffered(MeterRegistry registry) {
    publication.bindTo(registry);
  }

  void registryWithdrawn(MeterRegistry registry) {
    publication.unbind(registry);
  }

  /** Flipside's runtime stops, or the last registry leaves: Flipside's meters leave every registry. */
  @Deactivate
  void withdraw() {
    publication.close();
  }
}
