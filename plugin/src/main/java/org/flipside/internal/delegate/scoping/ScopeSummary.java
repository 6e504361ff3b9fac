package org.flipside.internal.delegate.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.flipside.api.GoalHorizon;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ScopeGoal;
import org.flipside.api.SideAudience;
import org.flipside.internal.delegate.recruitment.EligiblePool;
import org.flipside.model.Programme;

/** The scope as the sponsor reads it on the sign-off form: a short Markdown document. */
final class ScopeSummary {

  private static final Map<GoalHorizon, String> HORIZONS = Map.of(GoalHorizon.SHORT_TERM, "Short term",
      GoalHorizon.MEDIUM_TERM, "Medium term", GoalHorizon.LONG_TERM, "Long term");

  private ScopeSummary() {}

  /**
   * The summary, with each band named by the given function.
   *
   * @param sponsor the sponsor's place in the audience, when the scope invites them
   */
  static String of(Programme programme, ProgrammeScope scope, IntFunction<String> bandName,
      Optional<SponsorInAudience> sponsor) {
    StringBuilder text = new StringBuilder();
    text.append("## Goals\n").append(orNone(scope.goals(), "No fixed outcomes set")).append("\n\n");
    for (GoalHorizon horizon : GoalHorizon.values()) {
      List<ScopeGoal> goals = scope.horizonGoals().stream().filter(goal -> goal.horizon() == horizon).toList();
      if (!goals.isEmpty()) {
        text.append("**").append(HORIZONS.get(horizon)).append("**\n\n");
        goals.forEach(goal -> text.append("- ").append(goal.goal())
            .append(goal.target() == null ? "" : " (target: " + goal.target() + ")").append('\n'));
        text.append('\n');
      }
    }
    text.append("## Gap analysis\n").append(orNone(scope.gapAnalysis(), "None written")).append("\n\n")
        .append("**Staff networks:** ").append(orNone(scope.staffNetworks(), "none named")).append("\n\n")
        .append("## Who is invited\n")
        .append("- ").append(capitalised(programme.getMentorLabel())).append("s: ")
        .append(band(scope.mentorMaximumBand(), bandName)).append(" and below\n")
        .append("- ").append(capitalised(programme.getMenteeLabel())).append("s: ")
        .append(band(scope.menteeMinimumBand(), bandName)).append(" and above\n")
        .append("- Departments or directorates: ").append(listed(scope.recruitDepartments(), "all")).append('\n')
        .append("- Host groups: ").append(listed(scope.recruitHostGroups(), "everyone")).append('\n')
        .append("- Named list: ").append(scope.recruitEmployees().isEmpty() ? "none"
            : scope.recruitEmployees().size() + " employees").append('\n')
        .append(side(programme.getMentorLabel(), scope.mentorsFrom()))
        .append(side(programme.getMenteeLabel(), scope.menteesFrom()))
        .append(sponsor.map(inAudience -> inAudience.line(programme)).orElse("")).append('\n')
        .append("**Eligible today:** ").append(EligiblePool.counted(scope.eligibleMentors(), programme.getMentorLabel()))
        .append(", ").append(EligiblePool.counted(scope.eligibleMentees(), programme.getMenteeLabel())).append("\n\n")
        .append("## Cohort and timetable\n")
        .append("- Pairs: ").append(scope.cohortSize()).append('\n')
        .append("- Application window: ").append(scope.applicationWindowDays()).append(" days from your sign-off\n")
        .append("- Sessions start: ").append(scope.sessionsStart()).append(", for ").append(scope.durationMonths())
        .append(" months, meeting at least every ").append(scope.sessionCadence()).append('\n')
        .append("- Minimum band gap: ").append(scope.minimumBandGap()).append("\n\n")
        .append("## Matching rules\n")
        .append(scope.matchingRules().stream().map(rule -> "- " + rule).collect(Collectors.joining("\n")));
    return text.toString();
  }

  /** A side's own limit, as a line; nothing when the side has none. */
  private static String side(String label, SideAudience audience) {
    if (!audience.limited()) {
      return "";
    }
    List<String> limits = new ArrayList<>();
    if (!audience.hostGroups().isEmpty()) {
      limits.add("from " + String.join(", ", audience.hostGroups()));
    }
    if (!audience.employeeIds().isEmpty()) {
      limits.add("a named list of " + audience.employeeIds().size());
    }
    return "- " + capitalised(label) + "s only: " + String.join(" and ", limits) + '\n';
  }

  private static String orNone(String text, String none) {
    return text == null ? none : text;
  }

  private static String band(Integer band, IntFunction<String> bandName) {
    return band == null ? "not set" : bandName.apply(band);
  }

  private static String listed(List<String> values, String none) {
    return values.isEmpty() ? none : String.join(", ", values);
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
