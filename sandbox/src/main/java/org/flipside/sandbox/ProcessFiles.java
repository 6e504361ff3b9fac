package org.flipside.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.api.ProcessResource;

/**
 * A process owner's folder of diagrams, decision tables and forms, as {@code simulate --processes} deploys it: each
 * file named by its path inside the folder (so {@code forms/x.form} stays a form), in path order.
 */
final class ProcessFiles {

  private static final List<String> KINDS = List.of(".bpmn", ".dmn", ".form");

  private ProcessFiles() {}

  /**
   * The files in the folder and below it that Flipside deploys; other files are left out.
   *
   * @throws IllegalArgumentException when the folder does not exist or holds none of them
   */
  static List<ProcessResource> in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<ProcessResource> resources = files.filter(Files::isRegularFile).filter(ProcessFiles::deployable).sorted()
          .map(file -> read(folder, file)).toList();
      if (resources.isEmpty()) {
        throw new IllegalArgumentException(folder + " holds no " + String.join(", ", KINDS) + " file");
      }
      return resources;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static boolean deployable(Path file) {
    String name = file.getFileName().toString();
    return KINDS.stream().anyMatch(name::endsWith);
  }

  private static ProcessResource read(Path folder, Path file) {
    try {
      String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      return new ProcessResource(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
