package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The evaluation report renders inside the bundle in Felix, with the libraries the bundle embeds (PDFBox,
 * openhtmltopdf, JFreeChart) and only what the host's JDK exports: the bundle resolves with its new imports and
 * nothing it needs is missing at run time.
 */
class ReportInFelixTest {

  private FelixHost felix;
  private FlipsideHost host;

  @BeforeEach
  void start() {
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(settings)).flipside());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void theBundleRendersTheReportWithItsOwnLibraries() throws Exception {
    ClassLoader bundle = felix.plugin().adapt(BundleWiring.class).getClassLoader();

    Map<String, Object> result;
    try (ConsoleCapture console = new ConsoleCapture()) {
      result = insideTheBundle(bundle).get();
      assertThat(console.libraryLines()).as("the PDF libraries' warnings").isEmpty();
    }

    assertThat(result.get("renderer")).as("the renderer's class loader").isSameAs(bundle);
    assertThat(result.get("pdfbox")).as("PDFBox comes from inside the bundle").isSameAs(bundle);
    assertThat((String) result.get("html")).contains("Pilot in Felix: evaluation of cohort 1", "data:image/png;base64,");
    try (PDDocument pdf = Loader.loadPDF((byte[]) result.get("pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Pilot in Felix", "2.07%");
    }
  }

  /** {@link RenderInsideTheBundle}, defined in a loader whose parent is the bundle's, so it links to the bundle. */
  @SuppressWarnings("unchecked")
  private static Supplier<Map<String, Object>> insideTheBundle(ClassLoader bundle) throws Exception {
    byte[] helper;
    try (InputStream bytes = RenderInsideTheBundle.class.getResourceAsStream("RenderInsideTheBundle.class")) {
      helper = bytes.readAllBytes();
    }
    Class<?> inBundle = new HelperLoader(bundle).define(RenderInsideTheBundle.class.getName(), helper);
    return (Supplier<Map<String, Object>>) inBundle.getDeclaredConstructor().newInstance();
  }

  /** Defines one class itself and leaves every other to the bundle. */
  private static final class HelperLoader extends ClassLoader {

    HelperLoader(ClassLoader bundle) {
      super(bundle);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
