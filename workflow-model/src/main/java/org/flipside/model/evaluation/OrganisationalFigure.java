package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One organisational figure, an aggregate the host or an imported file supplies.
 *
 * @param measure what it measures, built in or the programme's own
 * @param group the group it describes: the focus group (say "BME"), another group, or a staff network's name; null
 *     for a programme's own measure that describes the whole organisation
 * @param band the band it describes for representation ("Bands 8-9 and VSM", "Whole workforce"); else null
 * @param value a percentage from 0 to 100, a count, or a number, as the measure's unit says
 * @param people how many people the figure rests on, if known; below the threshold the figure is hidden
 */
public record OrganisationalFigure(MeasureDefinition measure, String group, String band, double value,
    Integer people) {

  static final int MAXIMUM_NAME = 200;

  public OrganisationalFigure {
    group = group == null || group.isBlank() ? null : group.strip();
    band = band == null || band.isBlank() ? null : band.strip();
  }

  /** Where the figure sits in a comparison: the same measure, group and band at both stages. */
  public String key() {
    return measure.code() + "|" + (group == null ? "" : group) + "|" + (band == null ? "" : band);
  }

  /**
   * The problems with this figure, each named with the given prefix ("line 3, column value" or "figures[2].value").
   */
  static List<InputProblem> problems(MeasureDefinition measure, String group, String band, Double value,
      Integer people, Function<String, String> field) {
    List<InputProblem> problems = new ArrayList<>();
    if (measure == null) {
      problems.add(new InputProblem(field.apply("measure"), "is required: representation, equal_opportunities,"
          + " network_size or a measure the programme defined"));
    }
    if (group == null || group.isBlank()) {
      if (measure != null && measure.needsGroup()) {
        problems.add(new InputProblem(field.apply("group"), "is required"));
      }
    } else if (group.strip().length() > MAXIMUM_NAME) {
      problems.add(new InputProblem(field.apply("group"), "must be at most " + MAXIMUM_NAME + " characters"));
    }
    boolean hasBand = band != null && !band.isBlank();
    if (measure != null && measure.byBand() && !hasBand) {
      problems.add(new InputProblem(field.apply("band"), "is required for " + measure.code()
          + " (a band, or 'Whole workforce')"));
    } else if (measure != null && !measure.byBand() && hasBand) {
      problems.add(new InputProblem(field.apply("band"), "must be empty for " + measure.code()));
    } else if (hasBand && band.strip().length() > MAXIMUM_NAME) {
      problems.add(new InputProblem(field.apply("band"), "must be at most " + MAXIMUM_NAME + " characters"));
    }
    if (value == null || value.isNaN() || value.isInfinite()) {
      problems.add(new InputProblem(field.apply("value"), "is required and must be a number"));
    } else if (measure != null && measure.unit().problem(value) != null) {
      problems.add(new InputProblem(field.apply("value"), measure.unit().problem(value)));
    }
    if (people != null && people < 0) {
      problems.add(new InputProblem(field.apply("people"), "must not be negative but was " + people));
    }
    return problems;
  }

  /**
   * Checks figures a host hands over, as a whole.
   *
   * @throws InvalidInputException naming each bad figure by its index ("figures[2].value")
   */
  static void check(List<OrganisationalFigure> figures) {
    List<InputProblem> problems = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    if (figures.isEmpty()) {
      problems.add(new InputProblem("figures", "there are no figures"));
    }
    for (int i = 0; i < figures.size(); i++) {
      OrganisationalFigure figure = Objects.requireNonNull(figures.get(i), "figure");
      String prefix = "figures[" + i + "].";
      problems.addAll(problems(figure.measure(), figure.group(), figure.band(), figure.value(), figure.people(),
          name -> prefix + name));
      if (figure.measure() != null && keys.contains(figure.key())) {
        problems.add(new InputProblem(prefix + "group", "repeats figures[" + keys.indexOf(figure.key()) + "]"));
      }
      keys.add(figure.measure() == null ? "" : figure.key());
    }
    InvalidInputException.throwIfAny(problems);
  }
}
