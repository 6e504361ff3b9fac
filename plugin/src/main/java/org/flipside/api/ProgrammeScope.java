package org.flipside.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a programme's scoping decided, as the sponsor signs it off: the case for the programme, who is invited (on
 * both sides, then on each side), how many are eligible, the cohort and its timetable, and the matching rules. A field the scoping has not set yet is
 * {@code null} (or empty).
 *
 * @param programmeId the programme's id
 * @param goals the overall goals, aligned to the organisation's strategy; {@code null} for a programme that sets no
 *     fixed outcomes
 * @param horizonGoals the gap analysis's goals with their horizons and targets, in the order written
 * @param gapAnalysis where the organisation is now against its targets
 * @param staffNetworks the staff networks or employee resource groups that co-design the programme
 * @param cohortSize how many pairs a cohort has
 * @param applicationWindowDays how many days the application window stays open after the sponsor signs off
 * @param sessionsStart when the pairs' sessions start
 * @param durationMonths how long the pairs meet
 * @param sessionCadence how often the pairs meet at least, as an ISO-8601 period such as {@code P1M}
 * @param mentorMaximumBand the highest band a mentor may hold
 * @param menteeMinimumBand the lowest band a mentee may hold
 * @param minimumBandGap the smallest band gap between mentee and mentor
 * @param recruitDepartments the departments or directorates recruited from; empty for all of them
 * @param recruitHostGroups the host groups recruited from; empty for everyone
 * @param recruitEmployees the named list of employee ids; empty for no named list
 * @param mentorsFrom where mentors come from within the audience above
 * @param menteesFrom where mentees come from within the audience above
 * @param eligibleMentors how many employed employees the scope invites as mentors today, including those invited
 *     on either side
 * @param eligibleMentees how many it invites as mentees today, including those invited on either side
 * @param matchingRules the hard matching rules switched on, each in a sentence
 * @param sponsorApprovedAt when the sponsor signed the scope off, or {@code null} before then
 * @since 1.1
 */
public record ProgrammeScope(
    String programmeId,
    @Nullable String goals,
    List<ScopeGoal> horizonGoals,
    @Nullable String gapAnalysis,
    @Nullable String staffNetworks,
    @Nullable Integer cohortSize,
    @Nullable Integer applicationWindowDays,
    @Nullable LocalDate sessionsStart,
    @Nullable Integer durationMonths,
    @Nullable String sessionCadence,
    @Nullable Integer mentorMaximumBand,
    @Nullable Integer menteeMinimumBand,
    @Nullable Integer minimumBandGap,
    List<String> recruitDepartments,
    List<String> recruitHostGroups,
    List<String> recruitEmployees,
    SideAudience mentorsFrom,
    SideAudience menteesFrom,
    int eligibleMentors,
    int eligibleMentees,
    List<String> matchingRules,
    @Nullable Instant sponsorApprovedAt) {

  /** Keeps unmodifiable copies of the lists. */
  public ProgrammeScope {
    horizonGoals = List.copyOf(horizonGoals);
    recruitDepartments = List.copyOf(recruitDepartments);
    recruitHostGroups = List.copyOf(recruitHostGroups);
    recruitEmployees = List.copyOf(recruitEmployees);
    matchingRules = List.copyOf(matchingRules);
  }
}
