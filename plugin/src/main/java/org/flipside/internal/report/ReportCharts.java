package org.flipside.internal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.MeanScore;
import org.flipside.model.evaluation.MeasureOutcome;
import org.flipside.model.evaluation.MeasureDefinition;
import org.flipside.model.evaluation.MeasureUnit;
import org.flipside.model.evaluation.OutcomeHistory;
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
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts as PNG images, drawn off screen with Java2D (no display needed) at twice their printed
 * size so they stay sharp in the PDF. Hidden figures are left out of the charts as they are out of the tables.
 */
final class ReportCharts {

  /**
   * The width in CSS pixels: it fits the A4 page between its margins (178 mm, 672 px), where 680 px overflowed and
   * the PDF cut the chart's right edge with its last tick.
   */
  static final int WIDTH = 640;
  static final int HEIGHT = 320;
  static final int TREND_HEIGHT = 260;
  private static final Color[] LINES = {new Color(0x1F6F8B), new Color(0xB03A2E), new Color(0x6C7A89),
      new Color(0x7A4B00), new Color(0x2E7D32), new Color(0x5E35B1)};
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
    return Optional.of(png(chart, HEIGHT));
  }

  /**
   * A measure's series over the points at which figures were taken, one line per group and band; empty when no
   * figure may be shown. A point without a figure (or with a hidden one) leaves a gap in its line.
   */
  static Optional<byte[]> trend(OutcomeHistory history, OutcomeHistory.MeasureSeries series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<OutcomeHistory.Point> points = history.points();
    boolean anyShown = false;
    for (OutcomeHistory.Line line : series.lines()) {
      for (int i = 0; i < points.size(); i++) {
        Reported<Double> value = line.values().get(i);
        boolean shown = value != null && !value.isHidden();
        anyShown |= shown;
        data.addValue(shown ? value.value() : null, line.name(), points.get(i).label());
      }
    }
    if (!anyShown) {
      return Optional.empty();
    }
    MeasureDefinition measure = series.measure();
    String unit = measure.unit() == MeasureUnit.PERCENTAGE ? "%" : measure.unit() == MeasureUnit.COUNT
        ? "Count" : "Value";
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(unit),
        new LineAndShapeRenderer(true, true));
    JFreeChart chart = chart(measure.label() + " over time", plot);
    LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < data.getRowCount(); i++) {
      lines.setSeriesPaint(i, LINES[i % LINES.length]);
      lines.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    labelled(lines);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setAutoRangeIncludesZero(true);
    if (measure.unit() == MeasureUnit.COUNT) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    axis.setUpperMargin(0.15);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    return Optional.of(png(chart, TREND_HEIGHT));
  }

  private static JFreeChart barChart(String title, String valueAxis, DefaultCategoryDataset data) {
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueAxis), new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = chart(title, plot);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, BEFORE);
    bars.setSeriesPaint(1, AFTER);
    bars.setItemMargin(0.05);
    labelled(bars);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    return chart;
  }

  /**
   * A chart in the report's look. The padding on the right leaves room for half the last tick's label, which is
   * centred on the axis's end and would otherwise be cut at the image's edge.
   */
  private static JFreeChart chart(String title, CategoryPlot plot) {
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
    chart.setPadding(new RectangleInsets(4, 8, 4, 20));
    plot.setOutlineStroke(new BasicStroke(0));
    return chart;
  }

  private static void labelled(AbstractCategoryItemRenderer renderer) {
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFont.awt(Font.PLAIN, 10));
  }

  /**
   * Drawn opaque, as JFreeChart's own {@code createBufferedImage} would draw it but without an alpha channel (the
   * chart's white background covers every pixel, so no pixel changes): PDFBox embeds an opaque PNG's compressed data
   * in the PDF as it is, where one with alpha it decodes and compresses again, with a mask, row by row.
   */
  private static byte[] png(JFreeChart chart, int height) {
    BufferedImage image = new BufferedImage(WIDTH * 2, height * 2, BufferedImage.TYPE_INT_RGB);
    Graphics2D canvas = image.createGraphics();
    canvas.scale(2, 2);
    chart.draw(canvas, new Rectangle2D.Double(0, 0, WIDTH, height));
    canvas.dispose();
    try {
      return ChartUtils.encodeAsPNG(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
