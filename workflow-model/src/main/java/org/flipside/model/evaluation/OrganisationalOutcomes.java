package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.model.Programme;
import org.flipside.model.repository.EntityRepository;

/**
 * Records the organisational figures at scoping and at evaluation, from an imported CSV file or from aggregates
 * the host supplies, and sets them side by side. Works in the caller's transaction.
 */
public final class OrganisationalOutcomes {

  private final SnapshotRepository snapshots;

  public OrganisationalOutcomes(EntityManager em) {
    this.snapshots = new SnapshotRepository(em);
  }

  /**
   * Imports a CSV file (see {@link OutcomeCsv}) as the programme's figures at the given stage.
   *
   * @throws InvalidInputException naming each problem with its line and column; nothing is saved then
   */
  public OutcomeSnapshot importCsv(Programme programme, OutcomeStage stage, String period, Reader csv,
      Instant now) {
    checkPeriod(period);
    return save(programme, stage, period, FigureSource.CSV, OutcomeCsv.read(csv), now);
  }

  /**
   * Records aggregates the host supplies as the programme's figures at the given stage.
   *
   * @throws InvalidInputException naming each bad figure; nothing is saved then
   */
  public OutcomeSnapshot record(Programme programme, OutcomeStage stage, String period,
      List<OrganisationalFigure> figures, Instant now) {
    checkPeriod(period);
    OrganisationalFigure.check(figures);
    return save(programme, stage, period, FigureSource.HOST, figures, now);
  }

  /** The latest snapshot of the stage, if any. */
  public Optional<OutcomeSnapshot> latest(Programme programme, OutcomeStage stage) {
    return snapshots.findLatest(programme.getId(), stage);
  }

  /** The latest figures of both stages side by side; a figure on fewer people than the threshold is hidden. */
  public OutcomeComparison compare(Programme programme) {
    Optional<OutcomeSnapshot> scoping = latest(programme, OutcomeStage.SCOPING);
    Optional<OutcomeSnapshot> evaluation = latest(programme, OutcomeStage.EVALUATION);
    int threshold = programme.getAnonymityThreshold();
    Map<String, OrganisationalFigure[]> byKey = new LinkedHashMap<>();
    scoping.ifPresent(snapshot -> snapshot.figures().forEach(figure ->
        byKey.computeIfAbsent(figure.key(), key -> new OrganisationalFigure[2])[0] = figure));
    evaluation.ifPresent(snapshot -> snapshot.figures().forEach(figure ->
        byKey.computeIfAbsent(figure.key(), key -> new OrganisationalFigure[2])[1] = figure));
    List<OutcomeComparison.Row> rows = new ArrayList<>();
    for (OrganisationalFigure[] pair : byKey.values()) {
      OrganisationalFigure any = pair[0] != null ? pair[0] : pair[1];
      rows.add(new OutcomeComparison.Row(any.measure(), any.group(), any.band(), reported(pair[0], threshold),
          reported(pair[1], threshold)));
    }
    return new OutcomeComparison(scoping.map(OutcomeSnapshot::getPeriod).orElse(null),
        evaluation.map(OutcomeSnapshot::getPeriod).orElse(null), rows);
  }

  private static Reported<Double> reported(OrganisationalFigure figure, int threshold) {
    if (figure == null) {
      return null;
    }
    if (figure.people() != null && figure.people() < threshold) {
      return Reported.hidden(Suppression.PRIMARY);
    }
    return Reported.shown(figure.value());
  }

  private static void checkPeriod(String period) {
    if (period == null || period.isBlank()) {
      throw new InvalidInputException(List.of(new InputProblem("period",
          "is required: the time the figures describe, such as '2015'")));
    }
    if (period.strip().length() > 100) {
      throw new InvalidInputException(List.of(new InputProblem("period", "must be at most 100 characters")));
    }
  }

  private OutcomeSnapshot save(Programme programme, OutcomeStage stage, String period, FigureSource source,
      List<OrganisationalFigure> figures, Instant now) {
    return snapshots.save(new OutcomeSnapshot(programme, stage, period.strip(), source, figures, now));
  }

  /** Stores snapshots with their figures. */
  static final class SnapshotRepository extends EntityRepository<OutcomeSnapshot> {

    SnapshotRepository(EntityManager em) {
      super(em, OutcomeSnapshot.class, OutcomeSnapshot::getId);
    }

    Optional<OutcomeSnapshot> findLatest(String programmeId, OutcomeStage stage) {
      return first(query("SELECT s FROM OutcomeSnapshot s WHERE s.programme.id = :programmeId AND s.stage = :stage"
          + " ORDER BY s.recordedAt DESC, s.id DESC")
          .setParameter("programmeId", programmeId)
          .setParameter("stage", stage));
    }
  }
}
