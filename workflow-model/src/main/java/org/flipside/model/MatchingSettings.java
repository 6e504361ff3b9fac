package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import org.flipside.model.matching.HardRules;
import org.flipside.model.matching.MatchingRules;
import org.flipside.model.matching.SoftRule;

/**
 * How a programme matches: which hard rules are on and what each soft rule weighs. A new programme has every
 * hard rule on and each soft rule at its default weight; the band gap itself is part of the programme's scope.
 */
@Embeddable
public class MatchingSettings {

  @Column(name = "match_separate_line_chains", nullable = false)
  private boolean separateLineChains = true;

  @Column(name = "match_separate_departments", nullable = false)
  private boolean separateDepartments = true;

  @Column(name = "match_enforce_band_gap", nullable = false)
  private boolean enforceBandGap = true;

  @Column(name = "match_exclude_conflicts", nullable = false)
  private boolean excludeConflicts = true;

  @Column(name = "match_honour_capacity", nullable = false)
  private boolean honourCapacity = true;

  @Column(name = "match_mentors_per_mentee", nullable = false)
  private int mentorsPerMentee = 1;

  @Column(name = "match_line_chain_levels", nullable = false)
  private int lineChainLevels = HardRules.WHOLE_CHAIN;

  @Column(name = "match_top_matchable", nullable = false)
  private boolean topOfOrganisationMatchable;

  // null means the rule's default weight, so a default that improves reaches programmes that never changed it
  @Column(name = "weight_leads_wanted_area")
  private Double leadsWantedAreaWeight;

  @Column(name = "weight_shared_topics")
  private Double sharedTopicsWeight;

  @Column(name = "weight_compatible_format")
  private Double compatibleFormatWeight;

  @Column(name = "weight_shared_availability")
  private Double sharedAvailabilityWeight;

  @Column(name = "weight_same_location")
  private Double sameLocationWeight;

  /** The rules to match with, given the programme's minimum band gap. */
  public MatchingRules rules(int minimumBandGap) {
    return new MatchingRules(hardRules(minimumBandGap), weights());
  }

  /** The hard rules, given the programme's minimum band gap, with band order as reverse mentoring has it. */
  public HardRules hardRules(int minimumBandGap) {
    return new HardRules(separateLineChains, separateDepartments, enforceBandGap, minimumBandGap,
        excludeConflicts, honourCapacity, mentorsPerMentee, true, lineChainLevels, topOfOrganisationMatchable);
  }

  /**
   * Limits the line-chain rule to this many levels of managers ({@link HardRules#WHOLE_CHAIN} for all) and says
   * whether the top of the organisation may be matched with anyone but their direct reports.
   *
   * @throws IllegalArgumentException naming the parameter when the levels are out of range
   */
  public void limitLineChain(int levels, boolean topMatchable) {
    HardRules.requireValidLineChainLevels(levels);
    this.lineChainLevels = levels;
    this.topOfOrganisationMatchable = topMatchable;
  }

  /** Every soft rule's weight: the one set for this programme, or the rule's default. */
  public Map<SoftRule, Double> weights() {
    Map<SoftRule, Double> weights = new EnumMap<>(SoftRule.class);
    for (SoftRule rule : SoftRule.values()) {
      Double set = storedWeight(rule);
      weights.put(rule, set == null ? rule.defaultWeight() : set);
    }
    return weights;
  }

  /**
   * Switches the hard rules. The band gap is set on the programme.
   *
   * @see HardRules for what each rule means
   */
  public void switchHardRules(boolean separateLineChains, boolean separateDepartments, boolean enforceBandGap,
      boolean excludeConflicts, boolean honourCapacity) {
    this.separateLineChains = separateLineChains;
    this.separateDepartments = separateDepartments;
    this.enforceBandGap = enforceBandGap;
    this.excludeConflicts = excludeConflicts;
    this.honourCapacity = honourCapacity;
  }

  /**
   * Lets a mentee have up to this many mentors; 1 keeps every pairing one-to-one.
   *
   * @throws IllegalArgumentException when the number is outside what {@link HardRules} allows
   */
  public void allowMentorsPerMentee(int mentors) {
    HardRules.requireValidMentorsPerMentee(mentors);
    this.mentorsPerMentee = mentors;
  }

  /**
   * Sets one soft rule's weight; null returns it to the default.
   *
   * @throws IllegalArgumentException naming the rule when the weight is out of range
   */
  public void weigh(SoftRule rule, Double weight) {
    if (weight != null) {
      MatchingRules.requireValidWeight(rule, weight);
    }
    switch (rule) {
      case LEADS_WANTED_AREA -> leadsWantedAreaWeight = weight;
      case SHARED_TOPICS -> sharedTopicsWeight = weight;
      case COMPATIBLE_FORMAT -> compatibleFormatWeight = weight;
      case SHARED_AVAILABILITY -> sharedAvailabilityWeight = weight;
      case SAME_LOCATION -> sameLocationWeight = weight;
    }
  }

  private Double storedWeight(SoftRule rule) {
    return switch (rule) {
      case LEADS_WANTED_AREA -> leadsWantedAreaWeight;
      case SHARED_TOPICS -> sharedTopicsWeight;
      case COMPATIBLE_FORMAT -> compatibleFormatWeight;
      case SHARED_AVAILABILITY -> sharedAvailabilityWeight;
      case SAME_LOCATION -> sameLocationWeight;
    };
  }
}
