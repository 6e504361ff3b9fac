package org.flipside.internal.service;

import java.io.StringReader;
import java.time.Clock;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.NotFoundException;
import org.flipside.api.OutcomeStage;
import org.flipside.api.Reports;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.model.EvaluationReport;
import org.flipside.model.Programme;
import org.flipside.model.evaluation.InvalidInputException;
import org.flipside.model.evaluation.OrganisationalOutcomes;

/** Reads the stored evaluation reports and imports the organisational figures they compare. */
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

  private Programme programme(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }
}
