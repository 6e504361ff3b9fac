package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes mentor–mentee pairs greedily: every pair that passes the hard rules is scored, then pairs are taken
 * best score first while both people are still free. Simple and deterministic, not optimal: a later matcher
 * replaces it.
 *
 * <p>Hard rules: nobody is paired with someone in their own line-management chain (either direction, any
 * distance), nor in their own department when the rules say so; the mentee's band is at least
 * {@code minimumBandGap} above the mentor's; forbidden pairs are never proposed.
 *
 * <p>Score: +1 per shared topic, +2 when the area the mentee leads is one the mentor wants to work in,
 * +0.5 when their preferred formats are compatible.
 */
public class GreedyMatcher {

  static final double SHARED_TOPIC = 1.0;
  static final double LEADS_WANTED_AREA = 2.0;
  static final double COMPATIBLE_FORMAT = 0.5;

  /** Ties in score go to the lower mentor id, then the lower mentee id, so equal inputs give equal outputs. */
  private static final Comparator<ProposedPair> BEST_FIRST = Comparator
      .comparingDouble(ProposedPair::score).reversed()
      .thenComparing(ProposedPair::mentorParticipantId)
      .thenComparing(ProposedPair::menteeParticipantId);

  /** Proposes pairs and explains why anyone was left without a partner. */
  public MatchResult match(List<MatchCandidate> mentors, List<MatchCandidate> mentees, MatchRules rules,
      Set<PairKey> forbidden) {
    Objects.requireNonNull(rules, "rules");
    Set<PairKey> ruledOut = forbidden == null ? Set.of() : forbidden;

    List<ProposedPair> feasible = new ArrayList<>();
    Map<String, Map<String, Integer>> refusals = new LinkedHashMap<>();
    for (MatchCandidate mentor : mentors) {
      for (MatchCandidate mentee : mentees) {
        String refusal = refusal(mentor, mentee, rules, ruledOut);
        if (refusal == null) {
          feasible.add(score(mentor, mentee));
        } else {
          tally(refusals, mentor.participantId(), refusal);
          tally(refusals, mentee.participantId(), refusal);
        }
      }
    }
    feasible.sort(BEST_FIRST);

    Set<String> taken = new HashSet<>();
    List<ProposedPair> pairs = new ArrayList<>();
    for (ProposedPair pair : feasible) {
      if (!taken.contains(pair.mentorParticipantId()) && !taken.contains(pair.menteeParticipantId())) {
        pairs.add(pair);
        taken.add(pair.mentorParticipantId());
        taken.add(pair.menteeParticipantId());
      }
    }

    Set<String> hadFeasiblePartner = new HashSet<>();
    for (ProposedPair pair : feasible) {
      hadFeasiblePartner.add(pair.mentorParticipantId());
      hadFeasiblePartner.add(pair.menteeParticipantId());
    }
    Map<String, String> unmatched = new LinkedHashMap<>();
    explainUnmatched(mentors, mentees.isEmpty() ? "there are no mentees" : null, taken, hadFeasiblePartner,
        refusals, unmatched);
    explainUnmatched(mentees, mentors.isEmpty() ? "there are no mentors" : null, taken, hadFeasiblePartner,
        refusals, unmatched);
    return new MatchResult(pairs, unmatched);
  }

  /** Why this pair breaks a hard rule, or null when it may be proposed. */
  private static String refusal(MatchCandidate mentor, MatchCandidate mentee, MatchRules rules, Set<PairKey> forbidden) {
    if (mentor.employeeId() != null && mentor.employeeId().equals(mentee.employeeId())) {
      return "same person";
    }
    if (mentee.lineManagerChain().contains(mentor.employeeId())
        || mentor.lineManagerChain().contains(mentee.employeeId())) {
      return "same line-management chain";
    }
    if (rules.excludeSameDepartment() && mentor.department() != null
        && mentor.department().equalsIgnoreCase(mentee.department())) {
      return "same department";
    }
    if (mentee.band() - mentor.band() < rules.minimumBandGap()) {
      return "band gap below " + rules.minimumBandGap();
    }
    if (forbidden.contains(new PairKey(mentor.participantId(), mentee.participantId()))) {
      return "pairing ruled out";
    }
    return null;
  }

  private static ProposedPair score(MatchCandidate mentor, MatchCandidate mentee) {
    double score = 0;
    List<String> reasons = new ArrayList<>();

    Set<String> shared = new TreeSet<>(normalised(mentor.topics()));
    shared.retainAll(normalised(mentee.topics()));
    if (!shared.isEmpty()) {
      score += SHARED_TOPIC * shared.size();
      reasons.add("shared topics: " + String.join(", ", shared));
    }
    String leadsArea = normalise(mentee.leadsArea());
    if (!leadsArea.isEmpty() && normalised(mentor.interests()).contains(leadsArea)) {
      score += LEADS_WANTED_AREA;
      reasons.add("mentee leads an area the mentor wants to work in (" + leadsArea + ")");
    }
    if (mentor.preferredFormat() == null || mentee.preferredFormat() == null
        || mentor.preferredFormat() == mentee.preferredFormat()) {
      score += COMPATIBLE_FORMAT;
      reasons.add("compatible format");
    }
    String rationale = reasons.isEmpty()
        ? "passes the hard rules; nothing in common beyond that"
        : String.join("; ", reasons);
    return new ProposedPair(mentor.participantId(), mentee.participantId(), score, rationale);
  }

  private static void explainUnmatched(List<MatchCandidate> side, String emptyOtherSide, Set<String> taken,
      Set<String> hadFeasiblePartner, Map<String, Map<String, Integer>> refusals, Map<String, String> unmatched) {
    for (MatchCandidate candidate : side) {
      String id = candidate.participantId();
      if (taken.contains(id)) {
        continue;
      }
      if (hadFeasiblePartner.contains(id)) {
        unmatched.put(id, "every feasible partner was matched to someone else");
      } else if (emptyOtherSide != null) {
        unmatched.put(id, "no candidate passes the hard rules: " + emptyOtherSide);
      } else {
        unmatched.put(id, "no candidate passes the hard rules: " + describe(refusals.get(id)));
      }
    }
  }

  private static void tally(Map<String, Map<String, Integer>> refusals, String participantId, String refusal) {
    refusals.computeIfAbsent(participantId, id -> new TreeMap<>()).merge(refusal, 1, Integer::sum);
  }

  private static String describe(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((rule, count) -> parts.add(rule + " (" + count + ")"));
    return String.join(", ", parts);
  }

  private static Set<String> normalised(Set<String> words) {
    Set<String> result = new HashSet<>();
    for (String word : words) {
      String normal = normalise(word);
      if (!normal.isEmpty()) {
        result.add(normal);
      }
    }
    return result;
  }

  private static String normalise(String word) {
    return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
  }
}
