package org.flipside.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.report.EvaluationReportRenderer;
import org.flipside.internal.report.RenderedReport;
import org.flipside.model.ParticipantRole;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.BeforeAfterAnalysis;
import org.flipside.model.evaluation.EvaluationFindings;
import org.flipside.model.evaluation.Measure;
import org.flipside.model.evaluation.OutcomeHistory;
import org.flipside.model.evaluation.OutcomeMeasure;
import org.flipside.model.evaluation.OutcomeStage;
import org.flipside.model.evaluation.Participation;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.ScoredResponse;

/**
 * Renders a small evaluation report. {@link ReportInFelixTest} loads this class through the Flipside bundle's
 * class loader, so every class it touches (the findings, the renderer, PDFBox, JFreeChart) is the bundle's own.
 * It answers with JDK types only, which the test and the bundle share.
 */
public final class RenderInsideTheBundle implements Supplier<Map<String, Object>> {

  @Override
  public Map<String, Object> get() {
    Measure talking = new Measure(Vars.CONFIDENCE_TALKING.name(), "Confidence talking about race and ethnicity");
    List<ScoredResponse> responses = new ArrayList<>();
    for (int person = 0; person < 12; person++) {
      ParticipantRole role = person < 8 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
      responses.add(new ScoredResponse("p" + person, role, SurveyKind.BASELINE, Map.of(talking.key(), 2)));
      responses.add(new ScoredResponse("p" + person, role, SurveyKind.FINAL, Map.of(talking.key(), 3 + person % 2)));
    }
    OutcomeHistory outcomes = new OutcomeHistory(List.of(
        new OutcomeHistory.Point(OutcomeStage.SCOPING, "2015", null),
        new OutcomeHistory.Point(OutcomeStage.EVALUATION, "2017", null)), List.of(new OutcomeHistory.MeasureSeries(
        OutcomeMeasure.REPRESENTATION.definition(), List.of(new OutcomeHistory.Line("BME", "Bands 8-9 and VSM",
            List.of(Reported.shown(2.07), Reported.shown(4.6)))))));
    EvaluationFindings findings = new EvaluationFindings("Pilot in Felix", 1, "race and ethnicity", "Mentor",
        "Leader", BeforeAfterAnalysis.analyse(responses, List.of(talking), 5), Participation.none(), outcomes,
        List.of(), List.of(), List.of(), List.of(), Instant.parse("2027-09-01T10:00:00Z"));
    RenderedReport report = new EvaluationReportRenderer().render(findings);
    return Map.of("html", report.html(), "pdf", report.pdf(),
        "renderer", EvaluationReportRenderer.class.getClassLoader(),
        "pdfbox", PDDocument.class.getClassLoader());
  }
}
