package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flipside.model.Programme;
import org.flipside.model.repository.EntityRepository;

/**
 * Records a programme's organisational figures at any number of points (the baseline at scoping, each evaluation,
 * follow-ups after the report), from an imported CSV file or from aggregates the host supplies, for the built-in
 * measures and those the programme defines; and reads them back as series over time. Works in the caller's
 * transaction.
 */
public final class OrganisationalOutcomes {

  static final int MAXIMUM_LABEL = 200;
  static final int MAXIMUM_DESCRIPTION = 1000;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,29}");

  private final SnapshotRepository snapshots;
  private final MeasureRepository measures;

  public OrganisationalOutcomes(EntityManager em) {
    this.snapshots = new SnapshotRepository(em);
    this.measures = new MeasureRepository(em);
  }

  /**
   * Defines a measure of the programme's own.
   *
   * @param code how files and requests name it: lower case letters, digits and underscores, 2 to 30 characters
   * @throws InvalidInputException naming each bad field; nothing is saved then
   */
  public MeasureDefinition define(Programme programme, String code, String label, MeasureUnit unit,
      String description, Instant now) {
    List<InputProblem> problems = new ArrayList<>();
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    MeasureCatalogue catalogue = catalogue(programme);
    if (wanted.isEmpty()) {
      problems.add(new InputProblem("code", "is required: lower case letters, digits and underscores"));
    } else if (!CODE.matcher(wanted).matches()) {
      problems.add(new InputProblem("code", "'" + code.strip() + "' must be 2 to 30 lower case letters, digits and"
          + " underscores, starting with a letter"));
    } else if (catalogue.find(wanted).isPresent()) {
      problems.add(new InputProblem("code", "the programme already has a measure '" + wanted + "'"));
    }
    if (label == null || label.isBlank()) {
      problems.add(new InputProblem("label", "is required: how the report names the measure"));
    } else if (label.strip().length() > MAXIMUM_LABEL) {
      problems.add(new InputProblem("label", "must be at most " + MAXIMUM_LABEL + " characters"));
    } else if (catalogue.measures().stream().anyMatch(m -> m.label().equalsIgnoreCase(label.strip()))) {
      problems.add(new InputProblem("label", "the programme already has a measure called '" + label.strip() + "'"));
    }
    if (unit == null) {
      problems.add(new InputProblem("unit", "is required: PERCENTAGE, COUNT or NUMBER"));
    }
    if (description != null && description.strip().length() > MAXIMUM_DESCRIPTION) {
      problems.add(new InputProblem("description", "must be at most " + MAXIMUM_DESCRIPTION + " characters"));
    }
    InvalidInputException.throwIfAny(problems);
    MeasureDefinition definition = new MeasureDefinition(wanted, label.strip(), unit, false, false,
        description == null || description.isBlank() ? null : description.strip());
    int position = measures.findByProgramme(programme.getId()).size() + 1;
    measures.save(new CustomMeasure(programme, definition, position, now));
    return definition;
  }

  /** The measures the programme records: the built-in ones, then its own in the order defined. */
  public MeasureCatalogue catalogue(Programme programme) {
    return MeasureCatalogue.of(measures.findByProgramme(programme.getId()).stream()
        .map(CustomMeasure::definition).toList());
  }

  /**
   * Imports a CSV file (see {@link OutcomeCsv}) as the programme's figures at the given point.
   *
   * @param takenOn the day the figures describe, or null
   * @throws InvalidInputException naming each problem with its line and column; nothing is saved then
   */
  public OutcomeSnapshot importCsv(Programme programme, OutcomeStage stage, String period, LocalDate takenOn,
      Reader csv, Instant now) {
    checkPoint(stage, period);
    return save(programme, stage, period, takenOn, FigureSource.CSV, OutcomeCsv.read(csv, catalogue(programme)),
        now);
  }

  /**
   * Records aggregates the host supplies as the programme's figures at the given point.
   *
   * @throws InvalidInputException naming each bad figure; nothing is saved then
   */
  public OutcomeSnapshot record(Programme programme, OutcomeStage stage, String period, LocalDate takenOn,
      List<OrganisationalFigure> figures, Instant now) {
    checkPoint(stage, period);
    OrganisationalFigure.check(figures);
    return save(programme, stage, period, takenOn, FigureSource.HOST, figures, now);
  }

  /** The latest snapshot of the stage, if any. */
  public Optional<OutcomeSnapshot> latest(Programme programme, OutcomeStage stage) {
    return snapshots.findLatest(programme.getId(), stage);
  }

  /**
   * Every point's figures as series. A point is the baseline (the latest one recorded), or an evaluation or a
   * follow-up with its period: figures recorded again for the same point replace the earlier ones. Points run in
   * the order of the days they describe (when recorded without one, the day they were recorded), the baseline
   * first. A figure on fewer people than the programme's threshold is hidden.
   */
  public OutcomeHistory history(Programme programme) {
    Map<String, OutcomeSnapshot> latestOfPoint = new LinkedHashMap<>();
    for (OutcomeSnapshot snapshot : snapshots.findByProgramme(programme.getId())) {
      String point = snapshot.getStage() == OutcomeStage.SCOPING ? "SCOPING"
          : snapshot.getStage() + "|" + snapshot.getPeriod().toLowerCase(Locale.ROOT);
      latestOfPoint.put(point, snapshot);
    }
    List<OutcomeSnapshot> points = latestOfPoint.values().stream()
        .sorted(Comparator.comparing((OutcomeSnapshot s) -> s.getStage() != OutcomeStage.SCOPING)
            .thenComparing(OrganisationalOutcomes::day).thenComparing(OutcomeSnapshot::getRecordedAt))
        .toList();
    int threshold = programme.getAnonymityThreshold();
    Map<String, Map<String, Reported<Double>[]>> byMeasure = new LinkedHashMap<>();
    Map<String, OrganisationalFigure> firstOfLine = new LinkedHashMap<>();
    for (MeasureDefinition measure : catalogue(programme).measures()) {
      byMeasure.put(measure.code(), new LinkedHashMap<>());
    }
    for (int i = 0; i < points.size(); i++) {
      for (OrganisationalFigure figure : points.get(i).figures()) {
        firstOfLine.putIfAbsent(figure.key(), figure);
        @SuppressWarnings("unchecked")
        Reported<Double>[] line = byMeasure.get(figure.measure().code())
            .computeIfAbsent(figure.key(), key -> new Reported[points.size()]);
        line[i] = reported(figure, threshold);
      }
    }
    List<OutcomeHistory.MeasureSeries> series = new ArrayList<>();
    for (MeasureDefinition measure : catalogue(programme).measures()) {
      Map<String, Reported<Double>[]> lines = byMeasure.get(measure.code());
      if (!lines.isEmpty()) {
        series.add(new OutcomeHistory.MeasureSeries(measure, lines.entrySet().stream()
            .map(line -> new OutcomeHistory.Line(firstOfLine.get(line.getKey()).group(),
                firstOfLine.get(line.getKey()).band(), java.util.Arrays.asList(line.getValue())))
            .toList()));
      }
    }
    return new OutcomeHistory(points.stream()
        .map(s -> new OutcomeHistory.Point(s.getStage(), s.getPeriod(), s.getTakenOn())).toList(), series);
  }

  private static LocalDate day(OutcomeSnapshot snapshot) {
    return snapshot.getTakenOn() != null ? snapshot.getTakenOn()
        : LocalDate.ofInstant(snapshot.getRecordedAt(), ZoneOffset.UTC);
  }

  private static Reported<Double> reported(OrganisationalFigure figure, int threshold) {
    if (figure.people() != null && figure.people() < threshold) {
      return Reported.hidden(Suppression.PRIMARY);
    }
    return Reported.shown(figure.value());
  }

  private static void checkPoint(OutcomeStage stage, String period) {
    List<InputProblem> problems = new ArrayList<>();
    if (stage == null) {
      problems.add(new InputProblem("stage", "is required: SCOPING, EVALUATION or FOLLOW_UP"));
    }
    if (period == null || period.isBlank()) {
      problems.add(new InputProblem("period", "is required: the time the figures describe, such as '2015'"));
    } else if (period.strip().length() > 100) {
      problems.add(new InputProblem("period", "must be at most 100 characters"));
    }
    InvalidInputException.throwIfAny(problems);
  }

  private OutcomeSnapshot save(Programme programme, OutcomeStage stage, String period, LocalDate takenOn,
      FigureSource source, List<OrganisationalFigure> figures, Instant now) {
    Map<String, CustomMeasure> own = new LinkedHashMap<>();
    measures.findByProgramme(programme.getId()).forEach(measure -> own.put(measure.getCode(), measure));
    return snapshots.save(new OutcomeSnapshot(programme, stage, period.strip(), takenOn, source, figures, own, now));
  }

  /** Stores snapshots with their figures. */
  static final class SnapshotRepository extends EntityRepository<OutcomeSnapshot> {

    SnapshotRepository(EntityManager em) {
      super(em, OutcomeSnapshot.class, OutcomeSnapshot::getId);
    }

    Optional<OutcomeSnapshot> findLatest(String programmeId, OutcomeStage stage) {
      return first("SELECT s FROM OutcomeSnapshot s WHERE s.programme.id = :programmeId AND s.stage = :stage"
          + " ORDER BY s.recordedAt DESC, s.id DESC",
          "programmeId", programmeId, "stage", stage);
    }

    /** Oldest first, so a later snapshot of the same point replaces an earlier one. */
    List<OutcomeSnapshot> findByProgramme(String programmeId) {
      return query("SELECT s FROM OutcomeSnapshot s WHERE s.programme.id = :programmeId"
          + " ORDER BY s.recordedAt, s.id")
          .setParameter("programmeId", programmeId)
          .getResultList();
    }
  }

  /** Stores a programme's own measures. */
  static final class MeasureRepository extends EntityRepository<CustomMeasure> {

    MeasureRepository(EntityManager em) {
      super(em, CustomMeasure.class, CustomMeasure::getId);
    }

    List<CustomMeasure> findByProgramme(String programmeId) {
      return query("SELECT m FROM CustomMeasure m WHERE m.programme.id = :programmeId ORDER BY m.position")
          .setParameter("programmeId", programmeId)
          .getResultList();
    }
  }
}
