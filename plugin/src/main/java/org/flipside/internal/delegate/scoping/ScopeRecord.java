package org.flipside.internal.delegate.scoping;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.flipside.api.GoalHorizon;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ScopeGoal;
import org.flipside.api.SideAudience;
import org.flipside.internal.delegate.recruitment.EligiblePool;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.RecruitmentAudience;
import org.flipside.model.matching.HardRules;

/** A programme's scope as the API shows it, with today's eligible counts. */
public final class ScopeRecord {

  private ScopeRecord() {}

  /** The programme's scope; the eligible counts are asked of the eligibility decision now. */
  public static ProgrammeScope of(Programme programme, RepositoryService repository, Directory directory) {
    EligiblePool pool = EligiblePool.of(programme, repository, directory);
    RecruitmentAudience audience = programme.getAudience();
    return new ProgrammeScope(
        programme.getId(),
        programme.getGoals(),
        programme.getScopingGoals().stream().map(goal -> new ScopeGoal(
            GoalHorizon.valueOf(goal.getHorizon().name()), goal.getGoal(), goal.getTarget())).toList(),
        programme.getGapAnalysis(),
        programme.getStaffNetworks(),
        programme.getCohortSize(),
        programme.getApplicationWindowDays(),
        programme.getSessionsStart(),
        programme.getDurationMonths(),
        programme.getSessionCadence(),
        programme.getMentorMaximumBand(),
        programme.getMenteeMinimumBand(),
        programme.getMinimumBandGap(),
        audience.departments(),
        audience.hostGroups(),
        audience.employeeIds(),
        new SideAudience(audience.mentorHostGroups(), audience.mentorEmployeeIds()),
        new SideAudience(audience.menteeHostGroups(), audience.menteeEmployeeIds()),
        pool.mentorSide(),
        pool.menteeSide(),
        programme.getMinimumBandGap() == null ? List.of() : rules(programme.matchingRules().hard()),
        programme.getSponsorApprovedAt());
  }

  private static List<String> rules(HardRules hard) {
    List<String> rules = new ArrayList<>();
    if (hard.separateLineManagementChains()) {
      rules.add(hard.lineChainLevels() == HardRules.WHOLE_CHAIN
          ? "Never pair people in one line-management chain"
          : "Never pair people within " + hard.lineChainLevels() + " levels of one line-management chain");
    }
    if (hard.matchTopOfOrganisation()) {
      rules.add("The top of the organisation may be matched with anyone but their direct reports");
    }
    if (hard.separateDepartments()) {
      rules.add("Never pair people in the same team or department");
    }
    if (hard.enforceSeniorityGap()) {
      rules.add(hard.bandOrder()
          ? "The mentee sits at least " + hard.minimumBandGap() + " bands above the mentor"
          : "The partners sit at least " + hard.minimumBandGap() + " bands apart");
    }
    if (hard.excludeDeclaredConflicts()) {
      rules.add("Declared conflicts of interest are honoured");
    }
    rules.add(hard.honourMentorCapacity()
        ? "Mentors take as many mentees as they offered" : "Each mentor takes one mentee");
    if (hard.mentorsPerMentee() > 1) {
      rules.add("A mentee may have up to " + hard.mentorsPerMentee() + " mentors");
    }
    return rules;
  }
}
