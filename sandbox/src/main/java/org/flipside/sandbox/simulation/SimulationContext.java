package org.flipside.sandbox.simulation;

import org.flipside.sandbox.organisation.Representation;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.sandbox.organisation.SyntheticOrganisation;
import org.flipside.spi.Employee;

/**
 * What every simulated employee's behaviour draws on: the run's settings, the organisation, the
 * plan, chance, who is who, and the counts.
 */
final class SimulationContext {

  final SimulationSettings settings;
  final SyntheticOrganisation organisation;
  /** The directory as Flipside reads it: units and host groups decide who a scope invites. */
  final SyntheticDirectory directory;
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
    this.directory = new SyntheticDirectory(organisation);
    this.figures = new Representation(organisation);
    this.plan = PilotPlan.forRun(settings);
    this.dice = new Dice(settings.seed());
    this.cast = new Cast(organisation);
  }

  /**
   * The side an employee would volunteer for in the cohort now recruiting, if the scope invites them and they are
   * of a kind who volunteers; {@code null} otherwise. Staff running the programme never apply.
   */
  ApplicantRole volunteersAs(Employee employee) {
    if (cast.isStaff(employee.id()) || !plan.invites(employee, directory)) {
      return null;
    }
    if (settings.preset() == ProgrammePreset.RECIPROCAL) {
      return ProgrammePreset.reciprocalSide(employee.band(),
          directory.groupsOf(employee.id()).contains(SyntheticDirectory.BME_NETWORK), cohort);
    }
    return plan.recruitsMentorsFrom(employee.band()) ? ApplicantRole.MENTOR
        : plan.recruitsMenteesFrom(employee.band()) ? ApplicantRole.MENTEE : null;
  }

  /** The cohort now running, 1 for the pilot. */
  int cohort() {
    return cohort;
  }

  void nextCohort() {
    cohort++;
  }
}
