package org.flipside.internal.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.flipside.model.ParticipantRole;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.GroupFigures;
import org.flipside.model.evaluation.MeanScore;
import org.flipside.model.evaluation.MeasureOutcome;
import org.flipside.model.evaluation.OutcomeComparison;
import org.flipside.model.evaluation.OutcomeMeasure;
import org.flipside.model.evaluation.PairedChange;
import org.flipside.model.evaluation.Recommendation;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.Suppression;
import org.flipside.model.evaluation.ThemeFinding;
import org.flipside.model.evaluation.ThemePriority;

/**
 * The report as one XHTML document: the page a browser shows and the source of the PDF. Charts are embedded as
 * data URIs, so the document stands alone.
 */
final class ReportHtml {

  /** The class of every hidden figure's marker, so hosts can style it. */
  static final String HIDDEN_CLASS = "hidden-figure";
  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final EvaluationFindings findings;
  private final Html html = new Html();

  private ReportHtml(EvaluationFindings findings) {
    this.findings = findings;
  }

  static String render(EvaluationFindings findings, Optional<byte[]> beforeAfterChart,
      Optional<byte[]> representationChart) {
    return new ReportHtml(findings).document(beforeAfterChart, representationChart);
  }

  private String document(Optional<byte[]> beforeAfterChart, Optional<byte[]> representationChart) {
    String title = findings.programmeName() + ": evaluation of cohort " + findings.cohortNumber();
    html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
        .empty("meta", "charset", "UTF-8")
        .empty("meta", "name", "description", "content", "Findings, charts, themes and recommendations of the"
            + " evaluation of " + findings.programmeName() + ", cohort " + findings.cohortNumber())
        .element("title", title).element("style", STYLE).close("head")
        .open("body");
    html.element("h1", title);
    html.element("p", "Compiled " + DATE.format(findings.compiledAt().atZone(ZoneOffset.UTC)) + ". Focus: "
        + findings.focus() + ".", "class", "meta");
    html.element("p", findings.headline(), "class", "headline");
    anonymity();
    beforeAndAfter(beforeAfterChart);
    outcomes(representationChart);
    themes();
    recommendations();
    return html.close("body").close("html").toString();
  }

  private void anonymity() {
    html.element("h2", "How answers are kept anonymous");
    html.element("p", "Survey answers are stored under pseudonyms and reported only for groups. Every figure is"
        + " about the same people, those who answered both surveys, so no two figures can be set against each other"
        + " to single out someone who answered once. A figure that rests on fewer than " + findings.threshold()
        + " people is hidden, and so is one whose average would show that nearly all of its group gave the lowest"
        + " or the highest answer, and any figure that would let a hidden one be worked out from the totals. An"
        + " interval or a share who improved is left out where it would show that nearly everyone moved alike."
        + " Hidden figures read \u201c" + marker(Suppression.PRIMARY) + "\u201d or \u201c"
        + marker(Suppression.COMPLEMENTARY) + "\u201d.");
  }

  private void beforeAndAfter(Optional<byte[]> chart) {
    var beforeAfter = findings.beforeAfter();
    html.element("h2", "Before and after");
    html.element("p", beforeAfter.pairedPeople() + " people answered both surveys; every figure below is about"
        + " them.");
    chart.ifPresentOrElse(png -> image(png, "Average score per measure in the baseline and final surveys"),
        () -> html.element("p", "Too few answers to chart any measure.", "class", "note"));

    html.element("h3", "Change among people who answered both surveys");
    html.element("p", "Average change in points on the 1 to 5 scale, [its 95% confidence interval], the share"
        + " of people whose score went up, and how many answered both; the interval and the share are left out"
        + " where nearly everyone moved alike.", "class", "note");
    table("Measure", beforeAfter.measures(), MeasureOutcome::paired, this::pairedChange);

    html.element("h3", "Average scores before and after, the same people");
    html.open("table").open("thead").open("tr").element("th", "Measure");
    for (String survey : List.of("Baseline", "Final")) {
      for (String group : groupLabels()) {
        html.element("th", survey + ": " + group);
      }
    }
    html.close("tr").close("thead").open("tbody");
    for (MeasureOutcome outcome : beforeAfter.measures()) {
      html.open("tr").element("td", outcome.measure().label());
      for (GroupFigures<MeanScore> figures : List.of(outcome.baseline(), outcome.finalSurvey())) {
        groupCells(figures, mean -> format("%.2f (n=%d)", mean.mean(), mean.people()));
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  private <T> void table(String first, List<MeasureOutcome> rows, Function<MeasureOutcome, GroupFigures<T>> figures,
      Function<T, String> cell) {
    html.open("table").open("thead").open("tr").element("th", first);
    groupLabels().forEach(group -> html.element("th", group));
    html.close("tr").close("thead").open("tbody");
    for (MeasureOutcome outcome : rows) {
      html.open("tr").element("td", outcome.measure().label());
      groupCells(figures.apply(outcome), cell);
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  private <T> void groupCells(GroupFigures<T> figures, Function<T, String> cell) {
    for (ParticipantRole role : ROLES) {
      figureCell(figures.role(role), cell);
    }
    figureCell(figures.allRoles(), cell);
  }

  private List<String> groupLabels() {
    return List.of(findings.roleLabel(ROLES.get(0)), findings.roleLabel(ROLES.get(1)), "Everyone");
  }

  /** Three short lines, so four columns fit the page: the change, its interval, who improved. */
  private String pairedChange(PairedChange change) {
    String interval = change.hasInterval()
        ? format("\n[%+.2f, %+.2f]", change.lower(), change.upper()) : "";
    String improved = change.hasShareImproved() ? format("%.0f%% improved, ", change.shareImproved() * 100) : "";
    return format("%+.2f%s\n%sn=%d", change.meanChange(), interval, improved, change.people());
  }

  private <T> void figureCell(Reported<T> figure, Function<T, String> text) {
    if (figure == null) {
      html.element("td", "\u2013", "class", "absent");
    } else if (figure.isHidden()) {
      html.open("td").element("span", marker(figure.suppression()), "class", HIDDEN_CLASS).close("td");
    } else {
      String[] lines = text.apply(figure.value()).split("\n");
      html.open("td", "class", "figure").text(lines[0]);
      for (int i = 1; i < lines.length; i++) {
        html.empty("br").text(lines[i]);
      }
      html.close("td");
    }
  }

  private void outcomes(Optional<byte[]> chart) {
    OutcomeComparison outcomes = findings.outcomes();
    html.element("h2", "Organisational outcomes");
    if (outcomes.rows().isEmpty()) {
      html.element("p", "No organisational figures were recorded.", "class", "note");
      return;
    }
    chart.ifPresent(png -> image(png, "The focus group's share of each band at scoping and at evaluation"));
    String before = "At scoping" + period(outcomes.scopingPeriod());
    String after = "At evaluation" + period(outcomes.evaluationPeriod());
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      List<OutcomeComparison.Row> rows = outcomes.rows(measure);
      if (rows.isEmpty()) {
        continue;
      }
      html.element("h3", measure.label());
      html.open("table").open("thead").open("tr").element("th", "Group");
      if (measure.byBand()) {
        html.element("th", "Band");
      }
      html.element("th", before).element("th", after).close("tr").close("thead").open("tbody");
      Function<Double, String> value = measure.percentage() ? number -> decimal(number) + "%" : ReportHtml::decimal;
      for (OutcomeComparison.Row row : rows) {
        html.open("tr").element("td", row.group());
        if (measure.byBand()) {
          html.element("td", row.band());
        }
        figureCell(row.scoping(), value);
        figureCell(row.evaluation(), value);
        html.close("tr");
      }
      html.close("tbody").close("table");
    }
  }

  private void themes() {
    html.element("h2", "Themes from the feedback");
    if (findings.themes().isEmpty()) {
      html.element("p", "No themes were recorded.", "class", "note");
      return;
    }
    html.open("table").open("thead").open("tr").element("th", "Theme").element("th", "Goal")
        .element("th", "Priority").element("th", "Mentions").close("tr").close("thead").open("tbody");
    for (ThemeFinding theme : findings.themes()) {
      html.open("tr").open("td").element("strong", theme.title());
      if (theme.summary() != null) {
        html.empty("br").text(theme.summary());
      }
      html.close("td").element("td", theme.goal()).element("td", priority(theme.priority()))
          .element("td", Integer.toString(theme.mentions()), "class", "figure").close("tr");
    }
    html.close("tbody").close("table");
  }

  private void recommendations() {
    html.element("h2", "Recommendations");
    if (findings.recommendations().isEmpty()) {
      html.element("p", "No recommendations were recorded.", "class", "note");
      return;
    }
    html.open("ol");
    for (Recommendation recommendation : findings.recommendations()) {
      html.open("li").element("span", priority(recommendation.priority()), "class",
          recommendation.priority() == ThemePriority.ACT_NOW ? "act-now" : "later")
          .text(" " + recommendation.action() + " ")
          .element("span", "(theme: " + recommendation.theme() + "; goal: " + recommendation.goal() + ")",
              "class", "note")
          .close("li");
    }
    html.close("ol");
  }

  private void image(byte[] png, String description) {
    html.open("div", "class", "chart").empty("img", "src", "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png), "alt", description, "width", Integer.toString(ReportCharts.WIDTH))
        .close("div");
  }

  private String marker(Suppression suppression) {
    return suppression == Suppression.PRIMARY
        ? "hidden: fewer than " + findings.threshold()
        : "hidden: would reveal a smaller group";
  }

  private static String priority(ThemePriority priority) {
    return priority == ThemePriority.ACT_NOW ? "Act now" : "Later";
  }

  private static String period(String period) {
    return period == null ? "" : " (" + period + ")";
  }

  private static String decimal(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static final String STYLE = """
      @page { size: A4; margin: 18mm 16mm 20mm 16mm;
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans';
          font-size: 8pt; color: #555; } }
      body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; color: #1b1f23;
        line-height: 1.35; }
      h1 { font-size: 19pt; color: #1f4e6b; margin: 0 0 4pt 0; }
      h2 { font-size: 14pt; color: #1f4e6b; border-bottom: 1px solid #c9d3dc; padding-bottom: 2pt;
        margin-top: 16pt; page-break-after: avoid; }
      h3 { font-size: 11pt; color: #1f4e6b; margin-top: 10pt; page-break-after: avoid; }
      .meta, .note { color: #555; font-size: 9pt; }
      .headline { background: #eef4f8; border-left: 4px solid #1f6f8b; padding: 6pt 8pt; }
      table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
      th, td { border: 1px solid #d5dbe1; padding: 3pt 5pt; text-align: left; vertical-align: top; }
      th { background: #f2f5f8; font-size: 9pt; }
      th:first-child, td:first-child { width: 26%; }
      td.figure { font-size: 9pt; }
      tr { page-break-inside: avoid; }
      .hidden-figure { color: #7a4b00; font-style: italic; font-size: 8.5pt; }
      .act-now { color: #ffffff; background: #b03a2e; padding: 0 3pt; font-size: 8.5pt; }
      .later { color: #ffffff; background: #6c7a89; padding: 0 3pt; font-size: 8.5pt; }
      .chart { margin: 6pt 0; page-break-inside: avoid; }
      .chart img { width: 100%; max-width: 680px; }
      """;
}
