package org.flipside.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Copies everything written to the console (where the hosts' SLF4J binding writes Flipside's,
 * Camunda's and EclipseLink's logs) while it is open, and still lets it through.
 */
final class ConsoleCapture implements AutoCloseable {

  /** A line SLF4J Simple writes at INFO or WARN for a logger that is not Flipside's: "[thread] WARN name - text". */
  private static final Pattern LIBRARY_LINE = Pattern.compile("^\\[[^\\]]*\\] (INFO|WARN) (?!org\\.flipside\\.).*");

  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private final ByteArrayOutputStream outCopy = new ByteArrayOutputStream();

  ConsoleCapture() {
    System.setOut(new PrintStream(new Tee(new Tee(out, copy), outCopy), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(err, copy), true, StandardCharsets.UTF_8));
  }

  /** What was written so far. */
  String text() {
    synchronized (copy) {
      return copy.toString(StandardCharsets.UTF_8);
    }
  }

  /** What was written to standard output alone so far. */
  String standardOutput() {
    synchronized (outCopy) {
      return outCopy.toString(StandardCharsets.UTF_8);
    }
  }

  /** The lines written so far at INFO or WARN by a library's logger rather than Flipside's own. */
  List<String> libraryLines() {
    return text().lines().filter(line -> LIBRARY_LINE.matcher(line).matches()).toList();
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
  }

  private static final class Tee extends OutputStream {
    private final OutputStream console;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream console, ByteArrayOutputStream copy) {
      this.console = console;
      this.copy = copy;
    }

    @Override
    public void write(int b) {
      synchronized (copy) {
        copy.write(b);
      }
      try {
        console.write(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (copy) {
        copy.write(bytes, offset, length);
      }
      try {
        console.write(bytes, offset, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
