package org.flipside.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.model.ParticipantRole;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.MeasureOutcome;
import org.flipside.model.evaluation.Suppression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluationReportRendererTest {

  private static EvaluationFindings findings;
  private static RenderedReport report;

  @BeforeAll
  static void render() {
    findings = SampleFindings.realistic(7);
    report = new EvaluationReportRenderer().render(findings);
  }

  @Test
  void rendersWithoutADisplay() {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
  }

  @Test
  void thePdfParsesAndCarriesTheFindings() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Board reverse mentoring pilot: evaluation of cohort 1",
          findings.headline().substring(0, 60), SampleFindings.THEME, SampleFindings.ACTION,
          "hidden: fewer than 5", "2.07%", "11.05%", "67%", "82%", "At scoping (2015)", "Act now");
      assertThat(pdf.getNumberOfPages()).isBetween(2, 8);
      assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Flipside");
    }
  }

  @Test
  void bothChartsAreInThePdf() throws Exception {
    List<PDImageXObject> images = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image);
          }
        }
      }
      assertThat(images).hasSize(2).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH * 2));
    }
  }

  @Test
  void theHtmlEmbedsBothChartsAsImages() throws Exception {
    Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(report.html());
    List<BufferedImage> charts = new ArrayList<>();
    while (images.find()) {
      charts.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(1)))));
    }
    assertThat(charts).hasSize(2).allSatisfy(chart -> {
      assertThat(chart.getWidth()).isEqualTo(ReportCharts.WIDTH * 2);
      assertThat(chart.getHeight()).isEqualTo(ReportCharts.HEIGHT * 2);
    });
  }

  @Test
  void theHtmlShowsTheMarkerAndNeverTheHiddenValue() {
    MeasureOutcome feltHeard = findings.beforeAfter().measures().get(4);
    assertThat(feltHeard.paired().role(ParticipantRole.MENTEE).suppression()).isEqualTo(Suppression.PRIMARY);

    assertThat(report.html())
        .contains("<span class=\"hidden-figure\">hidden: fewer than 5</span>")
        .doesNotContain(SampleFindings.HIDDEN_CHANGE)
        .doesNotContain("n=3)");
  }

  @Test
  void theHtmlIsWellFormedAndEscapesWhatPeopleWrote() throws Exception {
    EvaluationFindings risky = new EvaluationFindings("Pilot <script>alert(1)</script> & co", 2, "gender",
        "Mentor", "Mentee", findings.beforeAfter(), findings.outcomes(), findings.themes(),
        findings.recommendations(), findings.compiledAt());

    String html = new EvaluationReportRenderer().html(risky);

    assertThat(html).contains("Pilot &lt;script&gt;alert(1)&lt;/script&gt; &amp; co").doesNotContain("<script>");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void markupInEveryFreeTextFieldIsShownAsTextInTheHtmlAndThePdf() throws Exception {
    String markup = "</td></tr></table><script>alert('x')</script><b>&";
    EvaluationFindings risky = SampleFindings.realistic(7, markup);
    RenderedReport rendered = new EvaluationReportRenderer().render(risky);

    assertThat(rendered.html()).doesNotContain("<script>").doesNotContain("<b>")
        .doesNotContain("</table><script>");
    for (String field : List.of("Board reverse mentoring pilot", "race and ethnicity", "Reverse mentor", "Leader",
        "I felt heard", "2015", "Whole workforce", "BME staff network", SampleFindings.THEME,
        "Mentees describe leaders checking their assumptions in meetings", "Leaders who talk openly about race",
        SampleFindings.ACTION)) {
      assertThat(rendered.html()).as(field).contains(field + Html.escape(markup));
    }
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
        rendered.html().replace("<!DOCTYPE html>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      // line breaks fall anywhere in the printed markup: compare without white space
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text).as("the markup printed as the text it is").contains(
          (SampleFindings.THEME + markup).replaceAll("\\s+", ""), (SampleFindings.ACTION + markup).replaceAll("\\s+", ""));
    }
  }
}
