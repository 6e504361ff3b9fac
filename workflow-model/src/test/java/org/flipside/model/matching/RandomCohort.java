package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.model.MeetingFormat;

/**
 * Random but reproducible matching inputs: an organisation tree for line-management chains, candidates drawn from
 * it with random profiles, random rule switches and weights, and random bans.
 */
final class RandomCohort {

  private static final MeetingFormat[] FORMATS = {null, MeetingFormat.ONLINE, MeetingFormat.IN_PERSON};

  private final Random random;
  private final int topics;
  private final int areas;

  RandomCohort(long seed, int topics, int areas) {
    this.random = new Random(seed);
    this.topics = topics;
    this.areas = areas;
  }

  /** Candidates on both sides drawn from one organisation, so chains, departments and conflicts cross sides. */
  List<List<MatchCandidate>> candidates(int mentors, int mentees, int maxCapacity) {
    int employees = (mentors + mentees) * 2 + 1;
    int[] manager = new int[employees];
    for (int employee = 1; employee < employees; employee++) {
      manager[employee] = random.nextInt(employee);
    }
    List<Integer> pool = new ArrayList<>();
    for (int employee = 0; employee < employees; employee++) {
      pool.add(employee);
    }
    Collections.shuffle(pool, random);
    List<MatchCandidate> mentorList = new ArrayList<>();
    List<MatchCandidate> menteeList = new ArrayList<>();
    for (int k = 0; k < mentors; k++) {
      mentorList.add(candidate("mentor-" + k, pool.get(k), manager, 1 + random.nextInt(4),
          1 + random.nextInt(maxCapacity), employees));
    }
    for (int k = 0; k < mentees; k++) {
      menteeList.add(candidate("mentee-" + k, pool.get(mentors + k), manager, 2 + random.nextInt(8), 1, employees));
    }
    return List.of(mentorList, menteeList);
  }

  private MatchCandidate candidate(String participantId, int employee, int[] manager, int band, int capacity,
      int employees) {
    List<String> chain = new ArrayList<>();
    for (int above = employee; above != 0; ) {
      above = manager[above];
      chain.add("e" + above);
    }
    Set<String> conflicts = random.nextInt(5) == 0 ? Set.of("e" + random.nextInt(employees)) : Set.of();
    return new MatchCandidate(participantId, "e" + employee, band, "dept-" + random.nextInt(4), chain,
        words("topic-", topics, 1 + random.nextInt(4)), words("area-", areas, random.nextInt(3)),
        "area-" + random.nextInt(areas), FORMATS[random.nextInt(FORMATS.length)], capacity,
        random.nextBoolean() ? "site-" + random.nextInt(3) : null, words("slot-", 6, random.nextInt(3)), conflicts,
        random.nextInt(4) == 0 ? null : "group-" + random.nextInt(3));
  }

  private Set<String> words(String prefix, int vocabulary, int count) {
    Set<String> words = new HashSet<>();
    for (int k = 0; k < count; k++) {
      words.add(prefix + random.nextInt(vocabulary));
    }
    return words;
  }

  /** Random switches, a gap of 0 to 2, one mentor per mentee in most, and weights with awkward fractions. */
  MatchingRules rules() {
    HardRules hard = new HardRules(random.nextInt(4) > 0, random.nextBoolean(), random.nextInt(3) > 0,
        random.nextInt(3), random.nextBoolean(), random.nextInt(4) > 0,
        random.nextInt(3) == 0 ? 2 + random.nextInt(2) : 1);
    double[] weights = {0, 0.5, 1, 2.25, 1.0 / 3, 7};
    Map<SoftRule, Double> byRule = new EnumMap<>(SoftRule.class);
    for (SoftRule rule : SoftRule.values()) {
      byRule.put(rule, weights[random.nextInt(weights.length)]);
    }
    return new MatchingRules(hard, byRule);
  }

  /** Each mentor–mentee combination independently with the given probability. */
  Set<PairKey> bans(List<MatchCandidate> mentors, List<MatchCandidate> mentees, double probability) {
    Set<PairKey> bans = new HashSet<>();
    for (MatchCandidate mentor : mentors) {
      for (MatchCandidate mentee : mentees) {
        if (random.nextDouble() < probability) {
          bans.add(new PairKey(mentor.participantId(), mentee.participantId()));
        }
      }
    }
    return bans;
  }

  Random random() {
    return random;
  }
}
