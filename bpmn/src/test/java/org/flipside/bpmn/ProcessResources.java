package org.flipside.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** The module's processes, decisions and forms, found the way the plugin finds them: every file in the folder. */
final class ProcessResources {

  static final String FOLDER = "org/flipside/bpmn";

  private ProcessResources() {}

  /** Classpath paths of every {@code .bpmn}, {@code .dmn} and {@code .form} resource. */
  static List<String> all() {
    return Stream.of(".bpmn", ".dmn", ".form").flatMap(suffix -> withSuffix(suffix).stream()).toList();
  }

  static List<String> withSuffix(String suffix) {
    try {
      // main and test classes both hold the package folder: look in each
      List<URL> folders = Collections.list(ProcessResources.class.getClassLoader().getResources(FOLDER));
      List<String> paths = new ArrayList<>();
      for (URL folder : folders) {
        Path path = Paths.get(folder.toURI());
        Path classpathRoot = path.getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(file -> file.getFileName().toString().endsWith(suffix))
              .map(file -> classpathRoot.relativize(file).toString().replace('\\', '/'))
              .forEach(paths::add);
        }
      }
      return paths.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream open(String path) {
    InputStream stream = ProcessResources.class.getClassLoader().getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException(path + " is not on the classpath");
    }
    return stream;
  }
}
