package org.flipside.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
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
          "hidden: fewer than 5", "2.07%", "11.05%", "67%", "82%", "At scoping (2015)", "Act now",
          "Follow-up (2018)", SampleFindings.LEADERS_IN_COMMS, SampleFindings.COMMITMENT, "In progress",
          "Pairs formed", "Method and limitations");
      assertThat(pdf.getNumberOfPages()).isBetween(2, 10);
      assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Flipside");
    }
  }

  @Test
  void everyChartIsInThePdf() throws Exception {
    List<PDImageXObject> images = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image);
          }
        }
      }
      assertThat(images).as("before and after, and a trend for each of four measures").hasSize(5)
          .allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH * 2));
    }
  }

  @Test
  void theHtmlEmbedsEveryChartAsAnImage() throws Exception {
    Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(report.html());
    List<BufferedImage> charts = new ArrayList<>();
    while (images.find()) {
      charts.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(1)))));
    }
    assertThat(charts).hasSize(5).allSatisfy(chart -> assertThat(chart.getWidth()).isEqualTo(ReportCharts.WIDTH * 2));
    assertThat(charts.get(0).getHeight()).isEqualTo(ReportCharts.HEIGHT * 2);
    assertThat(charts.subList(1, 5)).allSatisfy(chart ->
        assertThat(chart.getHeight()).isEqualTo(ReportCharts.TREND_HEIGHT * 2));
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
        "Mentor", "Mentee", findings.beforeAfter(), findings.participation(), findings.outcomes(),
        findings.commitments(), findings.themes(), findings.recommendations(), findings.upcoming(),
        findings.compiledAt());

    String html = new EvaluationReportRenderer().html(risky);

    assertThat(html).contains("Pilot &lt;script&gt;alert(1)&lt;/script&gt; &amp; co").doesNotContain("<script>");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void everyChartFitsBetweenThePagesMarginsSoItsWholeAxisShows() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      List<ImagePlacements.Placed> placed = ImagePlacements.of(pdf);
      assertThat(placed).hasSize(5).allSatisfy(image -> {
        PDRectangle page = image.page();
        // A4 with 16 mm margins each side: the content ends 16 mm (45.35 pt) before the page's right edge
        assertThat(image.left()).as("left edge").isGreaterThanOrEqualTo(45.3f);
        assertThat(image.right()).as("right edge, with the last tick").isLessThanOrEqualTo(page.getWidth() - 45.3f);
      });
    }
  }

  @Test
  void eachMeasureIsATableOfEveryPointWithItsTrendAndAHiddenFigureStaysHidden() {
    assertThat(report.html()).contains("<th>At scoping (2015)</th><th>At evaluation (2017)</th>"
        + "<th>Follow-up (2018)</th>", SampleFindings.LEADERS_IN_COMMS + " at each point",
        "<td>Whole organisation</td><td class=\"figure\">2</td><td class=\"figure\">9</td>"
            + "<td class=\"figure\">14</td>",
        "<td>Disabled staff</td><td><span class=\"hidden-figure\">hidden: fewer than 5</span></td>");
  }

  @Test
  void participationHidesAnEventsAttendanceWhenTooFewWereAbsent() {
    assertThat(report.html())
        .contains("<td>Pairs formed</td><td class=\"figure\">20</td>")
        .contains("<td>Pairs that ended early</td><td class=\"figure\">3</td>")
        .contains("<td>Mentors&#39; kick-off</td><td>3 February 2027</td><td class=\"figure\">20</td><td><span"
            + " class=\"hidden-figure\">hidden: fewer than 5</span></td>")
        .contains("<td>Mentees&#39; kick-off</td><td>4 February 2027</td><td class=\"figure\">20</td>"
            + "<td class=\"figure\">15</td>")
        .contains("A joint blog on what the pair learned</td><td>One pair</td><td>In progress (1 August 2027)</td>");
  }

  @Test
  void theEventsPlannedAfterTheReportSayWhatWhenAndForWhomNamingNoOne() {
    assertThat(report.html()).contains("<h2>Events planned after this report</h2>",
        "<td>" + SampleFindings.PRESENTATION + "</td><td>Presentation or dissemination</td><td>19 October 2027</td>"
            + "<td>3 named participants, with 4 guests from outside the organisation</td>");
    EvaluationFindings none = new EvaluationFindings(findings.programmeName(), 1, findings.focus(), "Mentor", "Mentee",
        findings.beforeAfter(), findings.participation(), findings.outcomes(), findings.commitments(),
        findings.themes(), findings.recommendations(), List.of(), findings.compiledAt());
    assertThat(new EvaluationReportRenderer().html(none))
        .contains("No events of the cohort were planned after this report.");
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
        SampleFindings.PRESENTATION,
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
  @Test
  void toneLettersSomeoneWroteAreJoinedInThePdfAsTheTypefaceJoinsThem() throws Exception {
    // a rising-falling tone contour: Liberation Sans draws the two letters as one glyph
    RenderedReport rendered = new EvaluationReportRenderer().render(SampleFindings.realistic(7, "\u02E5\u02E9"));
    int joined;
    try (TrueTypeFont font = ReportFont.parse()) {
      CmapLookup characters = font.getUnicodeCmapLookup();
      joined = font.getGsubData().getFeature("ccmp").getReplacementForGlyphs(
          List.of(characters.getGlyphId(0x02E5), characters.getGlyphId(0x02E9)));
    }
    Set<Integer> shown = new HashSet<>();
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      new PDFTextStripper() {
        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
          shown.add(code); // the font is embedded with its glyph ids as character codes
          super.showGlyph(matrix, font, code, displacement);
        }
      }.getText(pdf);
    }
    assertThat(shown).contains(joined);
  }
}
