package org.flipside.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.flipside.api.Concerns;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.Operations;
import org.flipside.api.PairSupport;
import org.flipside.api.PrivateReflections;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProgrammeService;
import org.flipside.api.Reports;
import org.flipside.api.TaskInbox;
import org.flipside.web.spi.WebIdentity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flipside's web console at {@value Console#ROOT}: offered to the host's Servlet Whiteboard once Flipside's API and
 * the host's {@link WebIdentity} are there. Without a servlet API in the framework it offers nothing, and without an
 * HTTP service its servlets wait for one.
 */
@Component(immediate = true)
public final class WebConsole {

  private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);

  private final List<ServiceRegistration<?>> registrations;

  /** Offers the console's servlets when the servlet API is wired to the bundle. */
  @Activate
  public WebConsole(BundleContext bundle, @Reference TaskInbox inbox, @Reference ProgrammeService programmes,
      @Reference MatchReview matchReview, @Reference Reports reports, @Reference ProcessLibrary library,
      @Reference LearningAgreements agreements, @Reference PrivateReflections reflections,
      @Reference Concerns concerns, @Reference PairSupport pairSupport, @Reference ProgrammeEvents events,
      @Reference Operations operations, @Reference WebIdentity identity) {
    if (!servletApiWired()) {
      LOG.info("No Jakarta Servlet API in the framework: Flipside's web console {} is not offered", Console.ROOT);
      registrations = List.of();
      return;
    }
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    registrations = WhiteboardServlets.register(bundle, json, new ConsoleRequests(json,
        new Services(inbox, programmes, matchReview, reports, library, agreements, reflections, concerns,
            pairSupport, events, operations)),
        identity);
    LOG.info("Flipside's web console is offered at {}/", Console.ROOT);
  }

  private static boolean servletApiWired() {
    try {
      Class.forName("jakarta.servlet.http.HttpServlet", false, WebConsole.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Withdraws the console. */
  @Deactivate
  void stop() {
    registrations.forEach(ServiceRegistration::unregister);
  }
}
