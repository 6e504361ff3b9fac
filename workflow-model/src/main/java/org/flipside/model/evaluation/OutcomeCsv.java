package org.flipside.model.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads organisational figures from a CSV file with a header row and the columns
 * {@code measure,group,band,value,people} (any order; {@code band} and {@code people} may be left empty):
 *
 * <pre>
 * measure,group,band,value,people
 * representation,BME,Bands 8-9 and VSM,2.07,
 * representation,BME,Whole workforce,11.05,
 * equal_opportunities,BME,,67,
 * network_size,BME staff network,,6,
 * </pre>
 *
 * The whole file is checked before anything is returned, and every problem is reported with its line and column.
 */
public final class OutcomeCsv {

  /** The columns a file must have. */
  public static final List<String> COLUMNS = List.of("measure", "group", "band", "value", "people");

  /** A file with more problems than this is reported by its first ones and a count of the rest. */
  public static final int MOST_PROBLEMS_LISTED = 50;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .build();

  private OutcomeCsv() {
  }

  /**
   * Reads figures of the three built-in measures.
   *
   * @throws InvalidInputException naming each problem as "line N, column C"; nothing is returned then
   */
  public static List<OrganisationalFigure> read(Reader csv) {
    return read(csv, MeasureCatalogue.builtIn());
  }

  /**
   * Reads figures of the measures the catalogue knows: the built-in ones and the programme's own.
   *
   * @throws InvalidInputException naming each problem as "line N, column C"; nothing is returned then
   */
  public static List<OrganisationalFigure> read(Reader csv, MeasureCatalogue measures) {
    List<InputProblem> problems = new ArrayList<>();
    List<OrganisationalFigure> figures = new ArrayList<>();
    Map<String, Long> lineOfKey = new HashMap<>();
    CSVParser parser;
    try {
      parser = FORMAT.parse(csv);
    } catch (IOException | IllegalArgumentException e) {
      // the library's own words name its classes: Flipside says what is wrong in its own
      throw new InvalidInputException(List.of(new InputProblem("line 1",
          "is not a valid header: every column needs a name of its own, given once")));
    }
    try (parser) {
      Map<String, String> columns = columns(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          problems.add(new InputProblem("line " + line, "has " + record.size() + " fields but the header has "
              + parser.getHeaderNames().size()));
        } else {
          read(record, line, columns, measures, problems, lineOfKey).ifPresent(figures::add);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(new InputProblem("line " + parser.getCurrentLineNumber(),
          "is not valid CSV: a quoted value is not closed, or text follows its closing quote"));
    }
    if (figures.isEmpty() && problems.isEmpty()) {
      problems.add(new InputProblem("file", "has no figures below its header"));
    }
    InvalidInputException.throwIfAny(firstOf(problems));
    return figures;
  }

  /** The first problems, and how many more there were, so a broken file gives a message a person can read. */
  private static List<InputProblem> firstOf(List<InputProblem> problems) {
    if (problems.size() <= MOST_PROBLEMS_LISTED) {
      return problems;
    }
    List<InputProblem> first = new ArrayList<>(problems.subList(0, MOST_PROBLEMS_LISTED));
    first.add(new InputProblem("file", "has " + (problems.size() - MOST_PROBLEMS_LISTED)
        + " more problems after these " + MOST_PROBLEMS_LISTED + "; correct these and import it again"));
    return first;
  }

  /** The file's own spelling of each expected column, by its lower-case name. */
  private static Map<String, String> columns(List<String> header) {
    Map<String, String> columns = new HashMap<>();
    header.forEach(name -> columns.put(name.strip().toLowerCase(Locale.ROOT), name));
    List<InputProblem> problems = new ArrayList<>();
    String expected = " (expected " + String.join(",", COLUMNS) + ")";
    COLUMNS.stream().filter(column -> !columns.containsKey(column)).forEach(column ->
        problems.add(new InputProblem("line 1", "the header has no column '" + column + "'" + expected)));
    columns.keySet().stream().filter(column -> !COLUMNS.contains(column)).sorted().forEach(column ->
        problems.add(new InputProblem("line 1", "unknown column '" + column + "'" + expected)));
    InvalidInputException.throwIfAny(problems);
    return columns;
  }

  private static Optional<OrganisationalFigure> read(CSVRecord record, long line, Map<String, String> columns,
      MeasureCatalogue measures, List<InputProblem> problems, Map<String, Long> lineOfKey) {
    String measureText = record.get(columns.get("measure"));
    String valueText = record.get(columns.get("value"));
    String peopleText = record.get(columns.get("people"));
    List<InputProblem> found = new ArrayList<>();
    MeasureDefinition measure = measureText.isBlank() ? null : measures.find(measureText).orElse(null);
    boolean unknownMeasure = !measureText.isBlank() && measure == null;
    if (unknownMeasure) {
      found.add(new InputProblem(at(line, "measure"), "'" + measureText + "' is not one of "
          + String.join(", ", measures.codes())));
    }
    Double value = number(valueText);
    boolean unreadableValue = !valueText.isBlank() && value == null;
    if (unreadableValue) {
      found.add(new InputProblem(at(line, "value"), "must be a number but was '" + valueText + "'"));
    }
    Integer people = peopleText.isBlank() ? null : wholeNumber(peopleText);
    if (!peopleText.isBlank() && people == null) {
      found.add(new InputProblem(at(line, "people"), "must be a whole number but was '" + peopleText + "'"));
    }
    String group = record.get(columns.get("group"));
    String band = record.get(columns.get("band"));
    OrganisationalFigure.problems(measure, group, band, value, people, column -> at(line, column)).stream()
        .filter(problem -> !(unknownMeasure && problem.field().endsWith("measure")))
        .filter(problem -> !(unreadableValue && problem.field().endsWith("value")))
        .forEach(found::add);
    if (found.isEmpty()) {
      OrganisationalFigure figure = new OrganisationalFigure(measure, group, band, value, people);
      Long earlier = lineOfKey.putIfAbsent(figure.key(), line);
      if (earlier == null) {
        return Optional.of(figure);
      }
      found.add(new InputProblem(at(line, "group"), "repeats the figure on line " + earlier));
    }
    problems.addAll(found);
    return Optional.empty();
  }

  private static String at(long line, String column) {
    return "line " + line + ", column " + column;
  }

  private static Double number(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace("%", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
