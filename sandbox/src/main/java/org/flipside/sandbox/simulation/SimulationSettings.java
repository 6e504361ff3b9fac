package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.util.Objects;
import org.flipside.sandbox.organisation.OrganisationGenerator;

/**
 * What one simulated run is asked to do.
 *
 * @param pairs the cohort size the HR admin scopes (pairs per cohort)
 * @param seed the seed every random choice of the run derives from
 * @param employees the size of the synthetic organisation
 * @param cohorts how many cohorts run before the sponsor stops the programme (1 = the pilot only)
 * @param start when the simulated clock starts
 * @param preset the seed programme to run in its own shape, or {@code null} for the default pilot
 */
public record SimulationSettings(int pairs, long seed, int employees, int cohorts, Instant start,
    ProgrammePreset preset) {

  /** The largest cohort the scoping form accepts. */
  public static final int MAXIMUM_PAIRS = 1000;

  /** More cohorts than this would only repeat themselves. */
  public static final int MAXIMUM_COHORTS = 5;

  /** The default pilot's settings. */
  public SimulationSettings(int pairs, long seed, int employees, int cohorts, Instant start) {
    this(pairs, seed, employees, cohorts, start, null);
  }

  /** A seed programme's settings: its pairs and cohorts, in an organisation of the given size. */
  public static SimulationSettings of(ProgrammePreset preset, long seed, int employees, Instant start) {
    if (employees < preset.minimumEmployees()) {
      throw new IllegalArgumentException("the " + preset.optionValue() + " programme needs at least "
          + preset.minimumEmployees() + " employees for its audience to yield " + preset.pairs() + " pairs, not "
          + employees);
    }
    return new SimulationSettings(preset.pairs(), seed, employees, preset.cohorts(), start, preset);
  }

  /** The same settings for a programme created at another moment. */
  public SimulationSettings withStart(Instant another) {
    return new SimulationSettings(pairs, seed, employees, cohorts, another, preset);
  }

  /** Refuses settings no programme could run with. */
  public SimulationSettings {
    Objects.requireNonNull(start, "start");
    if (pairs < 1 || pairs > MAXIMUM_PAIRS) {
      throw new IllegalArgumentException("pairs must be between 1 and " + MAXIMUM_PAIRS + ", not " + pairs);
    }
    if (employees < OrganisationGenerator.MINIMUM_EMPLOYEES) {
      throw new IllegalArgumentException(
          "employees must be at least " + OrganisationGenerator.MINIMUM_EMPLOYEES + ", not " + employees);
    }
    if (cohorts < 1 || cohorts > MAXIMUM_COHORTS) {
      throw new IllegalArgumentException("cohorts must be between 1 and " + MAXIMUM_COHORTS + ", not " + cohorts);
    }
    if (pairs * 4 > employees) {
      throw new IllegalArgumentException(
          employees + " employees are too few for " + pairs + " pairs: allow at least four employees per pair");
    }
  }
}
