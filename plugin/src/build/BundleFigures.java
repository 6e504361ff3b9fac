import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;

/**
 * Prints the bundle's size and how many jars it nests (run by the build as a single-file program:
 * {@code java BundleFigures.java <bundle.jar> <figures.txt>}), and writes the same line to the figures file. Fails
 * the build unless the Bundle-ClassPath names every nested jar once and nothing else: bnd.bnd lists them by use, so
 * a library added, renamed or dropped must be listed there too.
 */
public final class BundleFigures {

  private BundleFigures() {}

  public static void main(String[] args) throws IOException {
    Path bundle = Path.of(args[0]);
    long nested;
    try (JarFile jar = new JarFile(bundle.toFile())) {
      List<String> jars = jar.stream().map(entry -> entry.getName())
          .filter(name -> name.startsWith("lib/") && name.endsWith(".jar")).sorted().toList();
      List<String> classPath = Arrays.stream(jar.getManifest().getMainAttributes().getValue("Bundle-ClassPath")
          .split(",")).map(String::trim).filter(entry -> !entry.equals(".")).toList();
      if (!classPath.stream().sorted().toList().equals(jars)) {
        throw new IllegalStateException("the Bundle-ClassPath " + classPath + " does not name each nested jar " + jars
            + " once: list the library in bnd.bnd's flipside.jars.by.use");
      }
      nested = jars.size();
    }
    long bytes = Files.size(bundle);
    String line = String.format(Locale.ROOT, "Flipside bundle %s: %.1f MB (%,d bytes), %d nested jars",
        bundle.getFileName(), bytes / 1_000_000.0, bytes, nested);
    System.out.println(line);
    Files.writeString(Path.of(args[1]), line + System.lineSeparator());
  }
}
