package org.flipside.internal.service;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.Commitment;
import org.flipside.api.CommitmentStatus;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.NewCommitment;
import org.flipside.api.NewOutcomeMeasure;
import org.flipside.api.NotFoundException;
import org.flipside.api.OrganisationalMeasure;
import org.flipside.api.OutcomePoint;
import org.flipside.api.OutcomeStage;
import org.flipside.api.PulseFigure;
import org.flipside.api.PulseQuestionResult;
import org.flipside.api.PulseResults;
import org.flipside.api.Reports;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.report.ReportCompilation;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.SurveyKind;
import org.flipside.model.evaluation.Commitments;
import org.flipside.model.evaluation.GroupFigures;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.LeaderCommitment;
import org.flipside.model.evaluation.MeasureDefinition;
import org.flipside.model.evaluation.MeasureUnit;
import org.flipside.model.evaluation.OrganisationalOutcomes;
import org.flipside.model.evaluation.PulseAnalysis;
import org.flipside.model.evaluation.PulseOutcome;
import org.flipside.model.evaluation.PulseScores;
import org.flipside.model.evaluation.Reported;
import org.flipside.model.evaluation.SurveyReleases;
import org.flipside.model.privacy.AuditedAction;

/**
 * Reads the stored evaluation reports and a cohort's pulse figures; records the organisational figures over time and
 * the leaders' commitments the reports show, compiling a report already made again with them.
 */
final class ReportsService implements Reports {

  private final Repositories data;
  private final AccessPolicy access;
  private final Transactions transactions;
  private final Clock clock;
  private final ReportCompilation compilation = new ReportCompilation();

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
            org.flipside.model.evaluation.OutcomeStage.valueOf(stage.name()), period, null, new StringReader(csv),
            clock.instant());
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
      recompile(programme);
    });
  }

  @Override
  public void importOutcomesAt(Actor actor, String programmeId, OutcomePoint point, String csv) {
    transactions.run(() -> {
      Programme programme = programme(programmeId);
      access.requireCanImportOutcomes(actor, programme);
      if (point == null) {
        throw ValidationException.of("point", "is required: the stage and period the figures describe");
      }
      if (csv == null || csv.isBlank()) {
        throw ValidationException.of("csv", "is required: a header row and one figure a line");
      }
      try {
        new OrganisationalOutcomes(data.entityManager()).importCsv(programme, point.stage() == null ? null
                : org.flipside.model.evaluation.OutcomeStage.valueOf(point.stage().name()), point.period(),
            point.takenOn(), new StringReader(csv), clock.instant());
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
      recompile(programme);
    });
  }

  @Override
  public OrganisationalMeasure defineMeasure(Actor actor, String programmeId, NewOutcomeMeasure measure) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanImportOutcomes(actor, programme);
      if (measure == null) {
        throw ValidationException.of("measure", "is required: a code, a label and a unit");
      }
      try {
        return measure(new OrganisationalOutcomes(data.entityManager()).define(programme, measure.code(),
            measure.label(), measure.unit() == null ? null : MeasureUnit.valueOf(measure.unit().name()),
            measure.description(), clock.instant()));
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
    });
  }

  @Override
  public List<OrganisationalMeasure> outcomeMeasures(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanFollow(actor, programme);
      return new OrganisationalOutcomes(data.entityManager()).catalogue(programme).measures().stream()
          .map(ReportsService::measure).toList();
    });
  }

  @Override
  public Commitment recordCommitment(Actor actor, String programmeId, NewCommitment commitment) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanImportOutcomes(actor, programme);
      if (commitment == null) {
        throw ValidationException.of("commitment", "is required: a description and a status");
      }
      try {
        LeaderCommitment recorded = new Commitments(data.entityManager()).add(programme, commitment.description(),
            commitment.madeBy(), status(commitment.status()), commitment.due(), clock.instant());
        recompile(programme);
        return commitment(recorded);
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
    });
  }

  @Override
  public Commitment updateCommitment(Actor actor, String programmeId, String commitmentId,
      CommitmentStatus status) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanImportOutcomes(actor, programme);
      try {
        LeaderCommitment updated = new Commitments(data.entityManager())
            .update(programme, commitmentId, status(status), clock.instant())
            .orElseThrow(() -> new NotFoundException("programme " + programmeId + " has no commitment "
                + commitmentId));
        recompile(programme);
        return commitment(updated);
      } catch (InvalidInputException e) {
        throw InputProblems.asValidation(e);
      }
    });
  }

  @Override
  public List<Commitment> commitments(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanFollow(actor, programme);
      return new Commitments(data.entityManager()).of(programme).stream().map(ReportsService::commitment).toList();
    });
  }

  /** A report already compiled shows what was just recorded: its documents are compiled again. */
  private void recompile(Programme programme) {
    data.reports().findLatestDocumentByProgramme(programme.getId())
        .ifPresent(report -> compilation.compile(data.entityManager(), report, clock.instant()));
  }

  private static org.flipside.model.evaluation.CommitmentStatus status(CommitmentStatus status) {
    return status == null ? null : org.flipside.model.evaluation.CommitmentStatus.valueOf(status.name());
  }

  private static Commitment commitment(LeaderCommitment commitment) {
    return new Commitment(commitment.getId(), commitment.getProgramme().getId(), commitment.getDescription(),
        commitment.getMadeBy(), CommitmentStatus.valueOf(commitment.getStatus().name()), commitment.getDueOn(),
        commitment.getRecordedAt(), commitment.getUpdatedAt());
  }

  private static OrganisationalMeasure measure(MeasureDefinition measure) {
    return new OrganisationalMeasure(measure.code(), measure.label(),
        org.flipside.api.MeasureUnit.valueOf(measure.unit().name()), measure.byBand(), measure.builtIn(),
        measure.description());
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
