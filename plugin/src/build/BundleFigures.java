import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.JarFile;

/**
 * Prints the bundle's size and how many jars it nests (run by the build as a single-file program:
 * {@code java BundleFigures.java <bundle.jar> <figures.txt>}), and writes the same line to the figures file.
 */
public final class BundleFigures {

  private BundleFigures() {}

  public static void main(String[] args) throws IOException {
    Path bundle = Path.of(args[0]);
    long nested;
    try (JarFile jar = new JarFile(bundle.toFile())) {
      nested = jar.stream().filter(entry -> entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar"))
          .count();
    }
    long bytes = Files.size(bundle);
    String line = String.format(Locale.ROOT, "Flipside bundle %s: %.1f MB (%,d bytes), %d nested jars",
        bundle.getFileName(), bytes / 1_000_000.0, bytes, nested);
    System.out.println(line);
    Files.writeString(Path.of(args[1]), line + System.lineSeparator());
  }
}
