package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.HostServices;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The host's services are declared once, in {@link HostServices}: Declarative Services needs each reference as an
 * annotated member of the runtime component for bnd to write the component's XML and the manifest's {@code
 * osgi.service} requirements, so the component repeats the list as constructor parameters, and this test reads what
 * bnd made of them in the bundle the build produced and fails when the two drift apart.
 */
class HostServicesDeclaredOnceTest {

  private static final String RUNTIME = "org.flipside.internal.osgi.FlipsideComponent";
  private static final String WATCH = "org.flipside.internal.osgi.HostServicesWatch";
  private static final String FACTORY = "org.osgi.service.component.ComponentFactory";

  @Test
  void theRuntimeComponentReferencesEachHostServiceByTheRecordsNameAndType() throws Exception {
    Map<String, String> declared = Arrays.stream(HostServices.class.getRecordComponents())
        .collect(Collectors.toMap(component -> component.getName(), component -> component.getType().getName(),
            (a, b) -> a, TreeMap::new));

    Map<String, String> referenced = references(RUNTIME).stream()
        .filter(reference -> !reference.getAttribute("interface").equals(FACTORY))
        .collect(Collectors.toMap(reference -> reference.getAttribute("name"),
            reference -> reference.getAttribute("interface"), (a, b) -> a, TreeMap::new));

    assertThat(referenced).as("FlipsideComponent's references, by name").isEqualTo(declared);
  }

  @Test
  void theWatchReportsEveryServiceTheRuntimeWaitsFor() throws Exception {
    List<String> awaited = references(RUNTIME).stream()
        .filter(reference -> !reference.getAttribute("cardinality").startsWith("0"))
        .map(reference -> reference.getAttribute("interface"))
        .filter(service -> !service.equals(FACTORY))
        .sorted().toList();

    assertThat(references(WATCH)).extracting(reference -> reference.getAttribute("interface"))
        .containsExactlyInAnyOrderElementsOf(awaited);
  }

  /** {@link FlipsideSettings} named them one by one before 1.1, and keeps them for the hosts compiled against it. */
  @Test
  void thePlainJavaSettingsNameEachHostService() {
    assertThat(Arrays.stream(FlipsideSettings.class.getRecordComponents())
        .map(component -> component.getName() + " " + component.getType().getName()))
        .containsAll(Arrays.stream(HostServices.class.getRecordComponents())
            .map(component -> component.getName() + " " + component.getType().getName()).toList());
  }

  /** The references of one component, as bnd wrote them in the bundle's {@code OSGI-INF}. */
  private static List<Element> references(String component) throws Exception {
    Document description;
    try (InputStream xml = entry("OSGI-INF/" + component + ".xml")) {
      description = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
    }
    NodeList references = description.getElementsByTagName("reference");
    return IntStream.range(0, references.getLength())
        .mapToObj(index -> (Element) references.item(index)).toList();
  }

  private static InputStream entry(String name) throws IOException {
    JarInputStream bundle = new JarInputStream(FelixHost.flipsideBundle());
    for (JarEntry entry = bundle.getNextJarEntry(); entry != null; entry = bundle.getNextJarEntry()) {
      if (entry.getName().equals(name)) {
        return bundle;
      }
    }
    throw new IllegalStateException("the bundle has no " + name);
  }
}
