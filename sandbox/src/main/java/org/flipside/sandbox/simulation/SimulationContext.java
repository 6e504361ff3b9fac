package org.flipside.sandbox.simulation;

import org.flipside.sandbox.organisation.Representation;
import org.flipside.sandbox.organisation.SyntheticOrganisation;

/**
 * What every simulated employee's behaviour draws on: the run's settings, the organisation, the
 * plan, chance, who is who, and the counts.
 */
final class SimulationContext {

  final SimulationSettings settings;
  final SyntheticOrganisation organisation;
  final Representation figures;
  /** Who is recruited from which bands; the sponsor widens it when expanding the programme. */
  PilotPlan plan;
  final Dice dice;
  final Tally tally = new Tally();
  final Cast cast;
  private int cohort = 1;

  SimulationContext(SimulationSettings settings, SyntheticOrganisation organisation) {
    this.settings = settings;
    this.organisation = organisation;
    this.figures = new Representation(organisation);
    this.plan = PilotPlan.forRun(settings);
    this.dice = new Dice(settings.seed());
    this.cast = new Cast(organisation);
  }

  /** The cohort now running, 1 for the pilot. */
  int cohort() {
    return cohort;
  }

  void nextCohort() {
    cohort++;
  }
}
