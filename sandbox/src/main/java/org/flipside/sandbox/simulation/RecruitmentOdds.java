package org.flipside.sandbox.simulation;

import org.flipside.sandbox.organisation.SyntheticOrganisation;
import org.flipside.spi.Employee;

/**
 * How likely an invitee is to apply, sized so a cohort gets about one and a half applicants per
 * place on each side (three at least) while most invitees still decline. Minority ethnic juniors are four times as
 * likely as others to volunteer as mentors, as a programme focused on race and ethnicity would find.
 *
 * @param minorityMentor chance a minority ethnic junior applies as a mentor
 * @param otherMentor chance another junior applies as a mentor
 * @param mentee chance a senior applies as a mentee
 */
record RecruitmentOdds(double minorityMentor, double otherMentor, double mentee) {

  private static final double APPLICANTS_PER_PLACE = 1.5;
  /** Even a cohort of one wants a choice of applicants, or a small organisation often gets none. */
  private static final double FEWEST_WANTED = 3;
  private static final double MINORITY_WEIGHT = 4;
  private static final double MOST = 0.9;

  /** The odds for a cohort, over the employees it invites who have not applied to an earlier one. */
  static RecruitmentOdds forCohort(SimulationContext context) {
    SyntheticOrganisation organisation = context.organisation;
    int minorityJuniors = 0;
    int otherJuniors = 0;
    int seniors = 0;
    for (Employee employee : organisation.employees()) {
      if (context.cast.hasApplied(employee.id())) {
        continue;
      }
      ApplicantRole side = context.volunteersAs(employee);
      if (side == ApplicantRole.MENTOR) {
        if (organisation.profileOf(employee.id()).ethnicGroup().isMinority()) {
          minorityJuniors++;
        } else {
          otherJuniors++;
        }
      } else if (side == ApplicantRole.MENTEE) {
        seniors++;
      }
    }
    double wanted = Math.max(FEWEST_WANTED, APPLICANTS_PER_PLACE * context.plan.cohortSize());
    double other = wanted / Math.max(1, MINORITY_WEIGHT * minorityJuniors + otherJuniors);
    double minority = Math.min(MOST, MINORITY_WEIGHT * other);
    if (minority == MOST) {
      other = (wanted - MOST * minorityJuniors) / Math.max(1, otherJuniors);
    }
    return new RecruitmentOdds(minority, clamp(other), clamp(wanted / Math.max(1, seniors)));
  }

  private static double clamp(double chance) {
    return Math.max(0, Math.min(MOST, chance));
  }
}
