package org.flipside.sandbox.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flipside.api.EvaluationDocument;

/** Writes the evaluation report the sponsor read to a folder, as HTML and PDF, for a person to open. */
public final class ReportFiles {

  private ReportFiles() {
  }

  /**
   * Writes {@code evaluation-report.html} and {@code evaluation-report.pdf}, replacing earlier ones.
   *
   * @return the two files, HTML first
   */
  public static List<Path> write(EvaluationDocument report, Path folder) {
    try {
      Files.createDirectories(folder);
      Path html = Files.writeString(folder.resolve("evaluation-report.html"), report.html(), StandardCharsets.UTF_8);
      Path pdf = Files.write(folder.resolve("evaluation-report.pdf"), report.pdf());
      return List.of(html.toAbsolutePath(), pdf.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report to " + folder, e);
    }
  }
}
