package org.flipside.internal.service;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.NotFoundException;
import org.flipside.api.OutcomeStage;
import org.flipside.api.PulseFigure;
import org.flipside.api.PulseQuestionResult;
import org.flipside.api.PulseResults;
import org.flipside.api.Reports;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.GroupFigures;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.OrganisationalOutcomes;
import org.flipside.model.evaluation.PulseAnalysis;
import org.flipside.model.evaluation.PulseOutcome;
import org.flipside.model.evaluation.PulseScores;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.SurveyReleases;
import org.flipside.model.privacy.AuditedAction;

/**
 * Reads the stored evaluation reports and a cohort's pulse figures, and imports the organisational figures the
 * reports compare.
 */
final class ReportsService implements Reports {

  private final Repositories data;
  private final AccessPolicy access;
  private final Transactions transactions;
  private final Clock clock;

  ReportsService(Repositories data, AccessPolicy access, Transactions transactions, Clock clock) {
    this.data = data;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public EvaluationDocument evaluationReport(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanFollow(actor, programme);
      access.recordRead(actor, AuditedAction.READ_EVALUATION_REPORT, programmeId, programmeId);
      EvaluationReport report = data.reports().findLatestDocumentByProgramme(programmeId)
          .orElseThrow(() -> new NotFoundException("programme " + programmeId + " has no evaluation report yet"));
      return new EvaluationDocument(programmeId, report.getCohort().getNumber(), report.getHeadline(),
          report.getHtml(), report.getPdf(), report.getCreatedAt());
    });
  }

  @Override
  public void importOutcomes(Actor actor, String programmeId, OutcomeStage stage, String period, String csv) {
    transactions.run(() -> {
      Programme programme = programme(programmeId);
      access.requireCanImportOutcomes(actor, programme);
      if (stage == null) {
        throw ValidationException.of("stage", "is required: SCOPING or EVALUATION");
      }
      if (csv == null || csv.isBlank()) {
        throw ValidationException.of("csv", "is required: a header row and one figure a line");
      }
      try {
        new OrganisationalOutcomes(data.entityManager()).importCsv(programme,
            org.flipside.model.evaluation.OutcomeStage.valueOf(stage.name()), period, new StringReader(csv),
            clock.instant());
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
    });
  }

  @Override
  public PulseResults pulseResults(Actor actor, String programmeId, int cohortNumber) {
    if (programmeId == null || programmeId.isBlank()) {
      throw ValidationException.of("programmeId", "is required");
    }
    if (cohortNumber < 1) {
      throw ValidationException.of("cohortNumber", "must be 1 or more, the pilot being 1, but was " + cohortNumber);
    }
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanReadPulse(actor, programme);
      access.recordRead(actor, AuditedAction.READ_PULSE_FIGURES, programmeId, programmeId);
      Cohort cohort = data.cohorts().findByProgramme(programmeId).stream()
          .filter(candidate -> candidate.getNumber() == cohortNumber).findFirst()
          .orElseThrow(() -> new NotFoundException("programme " + programmeId + " has no cohort " + cohortNumber));
      int threshold = programme.getAnonymityThreshold();
      // released once, when the cohort's sessions end (OpenFinalSurvey), never on a read
      SurveyReleases releases = new SurveyReleases(data.entityManager());
      boolean released = releases.hasReleased(cohort, SurveyKind.PULSE);
      List<PulseQuestionResult> questions = PulseAnalysis
          .analyse(releases.released(cohort, SurveyKind.PULSE), threshold).stream()
          .map(outcome -> released ? result(outcome) : withheld(outcome)).toList();
      return new PulseResults(programmeId, cohortNumber, !released, threshold, questions);
    });
  }

  private static PulseQuestionResult withheld(PulseOutcome outcome) {
    return new PulseQuestionResult(outcome.question().key(), outcome.question().text(),
        PulseFigure.withheld(), PulseFigure.withheld(), PulseFigure.withheld());
  }

  private static PulseQuestionResult result(PulseOutcome outcome) {
    GroupFigures<PulseScores> scores = outcome.scores();
    return new PulseQuestionResult(outcome.question().key(), outcome.question().text(),
        figure(scores.role(ParticipantRole.MENTOR)), figure(scores.role(ParticipantRole.MENTEE)),
        figure(scores.allRoles()));
  }

  private static PulseFigure figure(Reported<PulseScores> reported) {
    if (reported.isHidden()) {
      return PulseFigure.withheld();
    }
    PulseScores scores = reported.value();
    return new PulseFigure(false, scores.people(), scores.mean(), scores.distribution());
  }

  private Programme programme(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }
}
