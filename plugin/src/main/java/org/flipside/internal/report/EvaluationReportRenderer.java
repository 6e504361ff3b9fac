package org.flipside.internal.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.OutcomeHistory;

/**
 * Renders a cohort's evaluation findings as the report the sponsor reads: one XHTML document (findings, charts,
 * themes, recommendations) shown as a page or turned into a PDF by openhtmltopdf on PDFBox. Stateless and safe
 * to share between threads.
 */
public final class EvaluationReportRenderer {

  /** Both forms at once; the charts are drawn once. */
  public RenderedReport render(EvaluationFindings findings) {
    String html = html(findings);
    return new RenderedReport(html, pdf(html));
  }

  /** The report as an XHTML page. */
  public String html(EvaluationFindings findings) {
    Optional<byte[]> beforeAfter = ReportCharts.beforeAndAfter(findings);
    Map<String, byte[]> trends = new HashMap<>();
    for (OutcomeHistory.MeasureSeries series : findings.outcomes().measures()) {
      ReportCharts.trend(findings.outcomes(), series).ifPresent(png -> trends.put(series.measure().code(), png));
    }
    return ReportHtml.render(findings, beforeAfter, trends);
  }

  private static byte[] pdf(String html) {
    PdfSetUp.ensure();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
    // the renderer closes the document once written; closing it again is harmless
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // tagged for screen readers (PDF/UA); it also keeps the renderer off the standard 14 fonts, which PDFBox
      // would otherwise go looking for among the host's system fonts
      builder.usePdfUaAccessibility(true);
      builder.usePDDocument(document);
      // one embedded typeface, which also stands in for bold and italic: the same PDF on every host
      builder.useFont(new PDFontSupplier(ReportFont.pdf(document, html)), ReportFont.FAMILY, 400, FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.withProducer("Flipside");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the evaluation report as PDF", e);
    }
    return pdf.toByteArray();
  }

  /**
   * What the first PDF sets up for every later one, when it is written rather than when Flipside starts (each
   * delegate that compiles reports holds a renderer): reading the typeface and loading PDFBox is no part of a start.
   */
  private static final class PdfSetUp {

    static {
      // the renderer's log goes where the host's log goes, not to java.util.logging's console
      XRLog.setLoggerImpl(new OpenHtmlToPdfToSlf4j());
      // the standard Helvetica PDFBox makes up is the report's own typeface, not a search of the host's fonts
      ReportFontMapper.install();
    }

    /** Runs the set-up above once, on the first call. */
    static void ensure() {
    }
  }
}
