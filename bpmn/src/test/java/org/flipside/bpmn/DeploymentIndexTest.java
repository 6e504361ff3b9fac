package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment index lists every process, decision and form, so that the plugin deploys them all
 * wherever it runs (inside OSGi a folder cannot be listed, so the plugin reads the index).
 */
class DeploymentIndexTest {

  private static final Path FOLDER = Path.of("src/main/resources/org/flipside/bpmn");

  @Test
  void listsEveryProcessDecisionAndForm() throws IOException {
    try (Stream<Path> files = Files.walk(FOLDER)) {
      List<String> resources = files
          .filter(file -> file.toString().matches(".*\\.(bpmn|dmn|form)$"))
          .map(file -> FOLDER.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
      assertThat(resources).isNotEmpty();
      assertThat(index()).containsExactlyElementsOf(resources);
    }
  }

  private static List<String> index() throws IOException {
    try (InputStream index = DeploymentIndexTest.class.getResourceAsStream("/org/flipside/bpmn/deployment.index")) {
      return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .sorted()
          .toList();
    }
  }
}
