package org.flipside.internal.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.flipside.model.evaluation.EvaluationFindings;

/**
 * Times the report for a realistic pilot (40 participants, five measures, six organisational figures, two
 * themes) and prints its sizes; with a folder argument it also writes the HTML and PDF there to look at.
 * Run after a build with
 * {@code mvn -q -pl plugin test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.flipside.internal.report.ReportRenderingBenchmark}.
 */
public final class ReportRenderingBenchmark {

  private ReportRenderingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    EvaluationReportRenderer renderer = new EvaluationReportRenderer();
    EvaluationFindings findings = SampleFindings.realistic(7);
    long first = System.nanoTime();
    RenderedReport report = renderer.render(findings);
    double firstMillis = (System.nanoTime() - first) / 1e6;
    int runs = 20;
    long[] times = new long[runs];
    long[] cpu = new long[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      renderer.render(findings);
      cpu[run] = threads.getCurrentThreadCpuTime() - startCpu;
      times[run] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "first render (cold JVM): %.0f ms%n", firstMillis);
    System.out.printf(Locale.ROOT, "warm render, median of %d: %.0f ms (fastest %.0f ms, slowest %.0f ms)%n", runs,
        times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6);
    // the thread's CPU time: on a shared machine the wall time says more about the other processes
    System.out.printf(Locale.ROOT, "warm render, CPU time: median %.0f ms (least %.0f ms)%n", cpu[runs / 2] / 1e6,
        cpu[0] / 1e6);
    System.out.printf(Locale.ROOT, "PDF %,d bytes; HTML %,d characters%n", report.pdf().length, report.html().length());
    if (args.length > 0) {
      Path folder = Files.createDirectories(Path.of(args[0]));
      Files.write(folder.resolve("evaluation.pdf"), report.pdf());
      Files.writeString(folder.resolve("evaluation.html"), report.html());
    }
  }
}
