package org.flipside.internal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.MeanScore;
import org.flipside.model.evaluation.MeasureOutcome;
import org.flipside.model.evaluation.OutcomeComparison;
import org.flipside.model.evaluation.OutcomeMeasure;
import org.flipside.model.evaluation.Reported;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts as PNG images, drawn off screen with Java2D (no display needed) at twice their printed
 * size so they stay sharp in the PDF. Hidden figures are left out of the charts as they are out of the tables.
 */
final class ReportCharts {

  static final int WIDTH = 680;
  static final int HEIGHT = 340;
  private static final Color BEFORE = new Color(0x9AA5B1);
  private static final Color AFTER = new Color(0x1F6F8B);

  private ReportCharts() {
  }

  /** Average score per measure, baseline against final, for everyone who answered; empty when all are hidden. */
  static Optional<byte[]> beforeAndAfter(EvaluationFindings findings) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MeasureOutcome outcome : findings.beforeAfter().measures()) {
      Reported<MeanScore> before = outcome.baseline().allRoles();
      Reported<MeanScore> after = outcome.finalSurvey().allRoles();
      if (!before.isHidden() && !after.isHidden()) {
        data.addValue(before.value().mean(), "Baseline survey", outcome.measure().label());
        data.addValue(after.value().mean(), "Final survey", outcome.measure().label());
      }
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = barChart("Before and after: average score (1 to 5)", "Average score", data);
    NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
    axis.setRange(0, 5);
    axis.setTickUnit(new NumberTickUnit(1));
    return Optional.of(png(chart));
  }

  /** The focus group's share of each band at scoping and at evaluation; empty when there is nothing to draw. */
  static Optional<byte[]> representationByBand(EvaluationFindings findings) {
    OutcomeComparison outcomes = findings.outcomes();
    String before = "At scoping" + period(outcomes.scopingPeriod());
    String after = "At evaluation" + period(outcomes.evaluationPeriod());
    boolean severalGroups = outcomes.rows(OutcomeMeasure.REPRESENTATION).stream()
        .map(OutcomeComparison.Row::group).distinct().count() > 1;
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (OutcomeComparison.Row row : outcomes.rows(OutcomeMeasure.REPRESENTATION)) {
      String category = severalGroups ? row.group() + ": " + row.band() : row.band();
      add(data, row.scoping(), before, category);
      add(data, row.evaluation(), after, category);
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    return Optional.of(png(barChart("Representation by band (% of staff)", "% of staff", data)));
  }

  private static void add(DefaultCategoryDataset data, Reported<Double> figure, String series, String category) {
    if (figure != null && !figure.isHidden()) {
      data.addValue(figure.value(), series, category);
    }
  }

  private static String period(String period) {
    return period == null ? "" : " (" + period + ")";
  }

  private static JFreeChart barChart(String title, String valueAxis, DefaultCategoryDataset data) {
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueAxis), new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, ReportFont.awt(Font.BOLD, 15), plot, true);
    StandardChartTheme theme = new StandardChartTheme("Flipside");
    theme.setExtraLargeFont(ReportFont.awt(Font.BOLD, 15));
    theme.setLargeFont(ReportFont.awt(Font.BOLD, 12));
    theme.setRegularFont(ReportFont.awt(Font.PLAIN, 11));
    theme.setSmallFont(ReportFont.awt(Font.PLAIN, 10));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xD0D5DA));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, BEFORE);
    bars.setSeriesPaint(1, AFTER);
    bars.setItemMargin(0.05);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(ReportFont.awt(Font.PLAIN, 10));
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.setOutlineStroke(new BasicStroke(0));
    return chart;
  }

  private static byte[] png(JFreeChart chart) {
    BufferedImage image = chart.createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
    try {
      return ChartUtils.encodeAsPNG(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
