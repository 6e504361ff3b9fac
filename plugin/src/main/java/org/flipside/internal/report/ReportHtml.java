package org.flipside.internal.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.model.ParticipantRole;
import org.flipside.model.WorkshopKind;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.GroupFigures;
import org.flipside.model.evaluation.InWords;
import org.flipside.model.evaluation.MeanScore;
import org.flipside.model.evaluation.MeasureOutcome;
import org.flipside.model.evaluation.CommitmentFinding;
import org.flipside.model.evaluation.EventAttendance;
import org.flipside.model.evaluation.MeasureDefinition;
import org.flipside.model.evaluation.MeasureUnit;
import org.flipside.model.evaluation.OutcomeHistory;
import org.flipside.model.evaluation.Participation;
import org.flipside.model.evaluation.PairedChange;
import org.flipside.model.evaluation.Recommendation;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.Suppression;
import org.flipside.model.evaluation.ThemeFinding;
import org.flipside.model.evaluation.ThemePriority;
import org.flipside.model.evaluation.UpcomingEvent;

/**
 * The report as one XHTML document: the page a browser shows and the source of the PDF. Charts are embedded as
 * data URIs, so the document stands alone.
 */
final class ReportHtml {

  /** The class of every hidden figure's marker, so hosts can style it. */
  static final String HIDDEN_CLASS = "hidden-figure";
  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Map<WorkshopKind, String> KINDS = Map.of(
      WorkshopKind.MENTOR_KICK_OFF, "Kick-off workshop", WorkshopKind.MENTEE_KICK_OFF, "Kick-off workshop",
      WorkshopKind.KNOWLEDGE_SESSION, "Knowledge session", WorkshopKind.COACHING_SESSION, "Coaching session",
      WorkshopKind.FEEDBACK_SESSION, "Feedback session", WorkshopKind.PRESENTATION, "Presentation or dissemination");
  /** What the themes table shows for the goal of a programme that set none. */
  private static final String NO_GOAL = "No fixed outcome";

  private final EvaluationFindings findings;
  private final Html html = new Html();

  private ReportHtml(EvaluationFindings findings) {
    this.findings = findings;
  }

  /**
   * @param trendCharts each measure's trend chart by the measure's code; a measure without one has no figure that
   *     may be shown
   */
  static String render(EvaluationFindings findings, Optional<byte[]> beforeAfterChart,
      Map<String, byte[]> trendCharts) {
    return new ReportHtml(findings).document(beforeAfterChart, trendCharts);
  }

  private String document(Optional<byte[]> beforeAfterChart, Map<String, byte[]> trendCharts) {
    String title = findings.programmeName() + ": evaluation of cohort " + findings.cohortNumber();
    String description = "Findings, charts, themes and recommendations of the evaluation of "
        + findings.programmeName() + ", cohort " + findings.cohortNumber();
    // the PDF takes its description (PDF/UA asks for one) from the "subject" entry; browsers read "description"
    html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
        .empty("meta", "charset", "UTF-8")
        .empty("meta", "name", "description", "content", description)
        .empty("meta", "name", "subject", "content", description)
        .element("title", title).element("style", STYLE).close("head")
        .open("body");
    html.element("h1", title);
    html.element("p", "Compiled " + DATE.format(findings.compiledAt().atZone(ZoneOffset.UTC)) + ". Focus: "
        + findings.focus() + ".", "class", "meta");
    html.element("p", findings.headline(), "class", "headline");
    anonymity();
    participation();
    beforeAndAfter(beforeAfterChart);
    outcomes(trendCharts);
    commitments();
    themes();
    recommendations();
    upcoming();
    methodAndLimitations();
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
        + " Participation counts of fewer than " + findings.threshold() + " people (a pair is two) are hidden too,"
        + " with any count that would give them away."
        + " Hidden figures read \u201c" + marker(Suppression.PRIMARY) + "\u201d or \u201c"
        + marker(Suppression.COMPLEMENTARY) + "\u201d.");
  }

  private void beforeAndAfter(Optional<byte[]> chart) {
    var beforeAfter = findings.beforeAfter();
    html.element("h2", "Before and after");
    html.element("p", beforeAfter.pairedPeople() + " people answered both surveys; every figure below is about"
        + " them.");
    chart.ifPresentOrElse(png -> image(png, "Average score per measure in the baseline and final surveys",
            ReportCharts.HEIGHT),
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

  private void participation() {
    Participation participation = findings.participation();
    html.element("h2", "Participation");
    html.open("table").open("tbody");
    row("Pairs formed", Long.toString(participation.pairsFormed()));
    html.open("tr").element("td", "Pairs that met until the end");
    figureCell(participation.pairsCompleted(), count -> Long.toString(count));
    html.close("tr").open("tr").element("td", "Pairs that ended early");
    figureCell(participation.pairsEndedEarly(), count -> Long.toString(count));
    html.close("tr");
    row("Sessions held", Long.toString(participation.sessionsHeld()));
    row("Sessions missed", Long.toString(participation.sessionsMissed()));
    row("Survey responses", Long.toString(participation.surveyResponses()));
    html.close("tbody").close("table");
    html.element("h3", "Attendance at each event");
    if (participation.events().isEmpty()) {
      html.element("p", "The cohort held no events with a register.", "class", "note");
      return;
    }
    html.open("table").open("thead").open("tr").element("th", "Event").element("th", "Held")
        .element("th", "On the register").element("th", "Attended").close("tr").close("thead").open("tbody");
    for (EventAttendance event : participation.events()) {
      html.open("tr").element("td", event.title())
          .element("td", DATE.format(event.heldAt().atZone(ZoneOffset.UTC)));
      if (event.hasRegister()) {
        html.element("td", Long.toString(event.registered()), "class", "figure");
        figureCell(event.attended(), count -> Long.toString(count));
      } else {
        html.element("td", "no register recorded", "class", "absent").element("td", "\u2013", "class", "absent");
      }
      html.close("tr");
    }
    html.close("tbody").close("table");
  }

  private void row(String label, String figure) {
    html.open("tr").element("td", label).element("td", figure, "class", "figure").close("tr");
  }

  private void outcomes(Map<String, byte[]> trendCharts) {
    OutcomeHistory outcomes = findings.outcomes();
    html.element("h2", "Organisational outcomes over time");
    if (outcomes.isEmpty()) {
      html.element("p", "No organisational figures were recorded.", "class", "note");
      return;
    }
    html.element("p", "Figures the organisation recorded at " + outcomes.points().size() + " point"
        + (outcomes.points().size() == 1 ? "" : "s") + ": " + outcomes.points().stream()
        .map(OutcomeHistory.Point::label).collect(Collectors.joining(", ")) + ". They are aggregates for the whole"
        + " organisation or a group in it.", "class", "note");
    for (OutcomeHistory.MeasureSeries series : outcomes.measures()) {
      MeasureDefinition measure = series.measure();
      html.element("h3", measure.label());
      if (measure.description() != null) {
        html.element("p", measure.description(), "class", "note");
      }
      Optional.ofNullable(trendCharts.get(measure.code())).ifPresent(png -> image(png, measure.label()
          + " at each point", ReportCharts.TREND_HEIGHT));
      html.open("table").open("thead").open("tr").element("th", measure.byBand() ? "Group and band" : "Group");
      outcomes.points().forEach(point -> html.element("th", point.label()));
      html.close("tr").close("thead").open("tbody");
      Function<Double, String> value = measure.unit() == MeasureUnit.PERCENTAGE
          ? number -> decimal(number) + "%" : ReportHtml::decimal;
      for (OutcomeHistory.Line line : series.lines()) {
        html.open("tr").element("td", line.name());
        line.values().forEach(figure -> figureCell(figure, value));
        html.close("tr");
      }
      html.close("tbody").close("table");
    }
  }

  private void commitments() {
    html.element("h2", "Leaders' commitments");
    if (findings.commitments().isEmpty()) {
      html.element("p", "No follow-on commitments were recorded.", "class", "note");
      return;
    }
    html.open("table").open("thead").open("tr").element("th", "Commitment").element("th", "Made by")
        .element("th", "Status").element("th", "Due").close("tr").close("thead").open("tbody");
    for (CommitmentFinding commitment : findings.commitments()) {
      html.open("tr").element("td", commitment.description())
          .element("td", commitment.madeBy() == null ? "\u2013" : commitment.madeBy())
          .element("td", commitment.status().label() + " (" + DATE.format(commitment.updatedAt()
              .atZone(ZoneOffset.UTC)) + ")")
          .element("td", commitment.dueOn() == null ? "\u2013" : DATE.format(commitment.dueOn()))
          .close("tr");
    }
    html.close("tbody").close("table");
  }

  private void methodAndLimitations() {
    var beforeAfter = findings.beforeAfter();
    Participation participation = findings.participation();
    html.element("h2", "Method and limitations");
    html.element("h3", "Method");
    html.open("ul");
    html.element("li", "Everyone paired was asked the same survey twice: a baseline when the pairs were published"
        + " and a final survey when the sessions ended, on a 1 to 5 scale. Change is measured on the "
        + beforeAfter.pairedPeople() + " people who answered both, each against their own baseline, with a 95%"
        + " confidence interval for the average change.");
    if (!participation.recruitmentChannels().isEmpty()) {
      html.element("li", "Recruitment was promoted through " + InWords.listed(participation.recruitmentChannels())
          + ", as the programme's communications contacts recorded.");
    }
    html.element("li", "Sessions are counted as the pairs logged them (that a session took place, never what was"
        + " said); attendance is read from each event's register.");
    html.element("li", "Organisational figures are the organisation's own aggregates, recorded at each point by"
        + " the programme's manager; a figure on fewer than " + findings.threshold() + " people is hidden.");
    html.element("li", "The programme manager grouped the survey comments into themes, each tied to a programme"
        + " goal; a theme's mentions are the comments placed under it.");
    html.close("ul");
    html.element("h3", "Limitations");
    html.open("ul");
    for (String limitation : limitations(beforeAfter.pairedPeople(), participation)) {
      html.element("li", limitation);
    }
    html.close("ul");
  }

  /** What a reader should keep in mind, from what this cohort's figures are and are not. */
  private List<String> limitations(int pairedPeople, Participation participation) {
    List<String> limitations = new ArrayList<>();
    limitations.add("Survey answers are people's own view of themselves, given by volunteers who chose to take"
        + " part, and there is no comparison group: a change cannot be put down to the programme alone.");
    if (pairedPeople < 30) {
      limitations.add("Only " + pairedPeople + " people answered both surveys: with so few, intervals are wide and"
          + " small changes may be chance.");
    }
    long paired = 2 * participation.pairsFormed();
    if (paired > 0 && pairedPeople < paired) {
      limitations.add(format("%d of the %d people paired answered both surveys (%.0f%%); those who did not may"
          + " have had a different experience.", pairedPeople, paired, 100.0 * pairedPeople / paired));
    }
    limitations.add("Hidden figures protect small groups; they also mean a small group's experience is not shown.");
    if (findings.outcomes().points().size() < 2) {
      limitations.add("Organisational figures were recorded at fewer than two points, so no change over time can"
          + " be read from them.");
    } else {
      limitations.add("Organisational figures move with everything else the organisation does (recruitment, other"
          + " programmes, the wider workforce): a trend is context for the programme, not its measured effect.");
    }
    return limitations;
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
      html.close("td").element("td", theme.goal() == null ? NO_GOAL : theme.goal())
          .element("td", priority(theme.priority()))
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
          .element("span", "(theme: " + recommendation.theme()
              + (recommendation.goal() == null ? "" : "; goal: " + recommendation.goal()) + ")", "class", "note")
          .close("li");
    }
    html.close("ol");
  }

  /** The events still to come, such as the presentation of these findings: what, when and for whom, naming no one. */
  private void upcoming() {
    html.element("h2", "Events planned after this report");
    if (findings.upcoming().isEmpty()) {
      html.element("p", "No events of the cohort were planned after this report.", "class", "note");
      return;
    }
    html.element("p", "The report is compiled again when one of them is moved, cancelled or held.", "class", "note");
    html.open("table").open("thead").open("tr").element("th", "Event").element("th", "Kind").element("th", "Date")
        .element("th", "Audience").close("tr").close("thead").open("tbody");
    for (UpcomingEvent event : findings.upcoming()) {
      html.open("tr").element("td", event.title()).element("td", KINDS.get(event.kind()))
          .element("td", DATE.format(event.startsAt().atZone(ZoneOffset.UTC))).element("td", audience(event))
          .close("tr");
    }
    html.close("tbody").close("table");
  }

  private String audience(UpcomingEvent event) {
    String invited = switch (event.audience()) {
      case MENTORS -> findings.roleLabel(ParticipantRole.MENTOR) + "s";
      case MENTEES -> findings.roleLabel(ParticipantRole.MENTEE) + "s";
      case EVERYONE -> "Every participant";
      case PAIRS -> "Both partners of every pair";
      case NAMED -> counted(event.namedParticipants(), "named participant");
    };
    return event.guests() == 0 ? invited
        : invited + ", with " + counted(event.guests(), "guest") + " from outside the organisation";
  }

  private static String counted(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private void image(byte[] png, String description, int height) {
    html.open("div", "class", "chart").empty("img", "src", "data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png), "alt", description, "width", Integer.toString(ReportCharts.WIDTH),
        "height", Integer.toString(height)).close("div");
  }

  private String marker(Suppression suppression) {
    return suppression == Suppression.PRIMARY
        ? "hidden: fewer than " + findings.threshold()
        : "hidden: would reveal a smaller group";
  }

  private static String priority(ThemePriority priority) {
    return priority == ThemePriority.ACT_NOW ? "Act now" : "Later";
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
      .chart img { max-width: 100%; }
      """;
}
