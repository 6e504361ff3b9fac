package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.api.Actor;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchedPair;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * The re-proposal attack of issue 15, end to end through Flipside's API: ten mentors declare their ethnicity, five
 * of each of two groups, and all are matched. For each mentor in turn the HR admin keeps every other pair, rules out
 * the mentor's own, and proposes again; the mentor is then named as unmatched, and a group line reading "4 of 5
 * matched" beside that name would give their ethnicity.
 */
abstract class FairnessAttackContract extends HostedContract {

  private static final Pattern LINE = Pattern.compile("^[^,]+, ([^:]+): (\\d+) of (\\d+) matched", Pattern.MULTILINE);
  private static final String EVERYONE = "everyone";
  private static final int PAIRS = 10;

  @Test
  void keepingEveryOtherPairAndRulingOutOneLearnsNobodysEthnicityFromTheFairnessCheck() {
    Map<String, String> groupOf = new HashMap<>();
    String programmeId = recruitTenPairs(groupOf);
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.FAIRNESS_SUMMARY.name()).toString())
        .as("the first proposal shows the check: nobody unmatched, every group large enough")
        .contains("5 of 5 matched");

    Set<String> recovered = new LinkedHashSet<>();
    Set<String> texts = new LinkedHashSet<>();
    for (int i = 0; i < PAIRS; i++) {
      String target = "m-" + i;
      MatchOverview before = host.flipside.matchReview().matches(Actor.of(HR), programmeId);
      MatchedPair targetPair = before.pairs().stream()
          .filter(pair -> pair.mentor().employeeId().equals(target)).findFirst().orElse(null);
      if (targetPair == null) {
        continue;
      }
      List<String> keep = before.pairs().stream().filter(pair -> pair != targetPair).map(MatchedPair::pairingId)
          .toList();
      host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject",
          Vars.LOCKED_PAIRING_IDS.name(), keep, Vars.REJECTED_PAIRING_IDS.name(), List.of(targetPair.pairingId())));

      MatchOverview after = host.flipside.matchReview().matches(Actor.of(HR), programmeId);
      List<String> unmatchedMentors = after.unmatched().stream().filter(person -> person.role().equals("mentor"))
          .map(person -> person.person().employeeId()).toList();
      String text = host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.FAIRNESS_SUMMARY.name()).toString();
      texts.add(text);
      String inferred = groupWithOneMissing(text);
      if (unmatchedMentors.size() == 1 && inferred != null) {
        recovered.add(unmatchedMentors.get(0) + " is " + inferred
            + (inferred.equals(groupOf.get(unmatchedMentors.get(0))) ? " (rightly)" : " (wrongly)"));
      }
    }

    assertThat(texts).as("the admin read a re-proposal's check").isNotEmpty();
    assertThat(recovered).as("ethnicities recovered, from %s", texts).isEmpty();
    assertThat(texts).as("every re-proposal says the same, whoever was ruled out").hasSize(1)
        .allSatisfy(text -> assertThat(LINE.matcher(text).find()).as("a group's count in " + text).isFalse());
  }

  /** Ten mentors (five of each group) and ten mentees who may all be paired with one another, in matching. */
  private String recruitTenPairs(Map<String, String> groupOf) {
    for (int i = 0; i < PAIRS; i++) {
      host.organisation.add("m-" + i, 3, "Band 3", "Estates", HR);
      host.organisation.add("s-" + i, 9, "Band 9", "Nursing", CEO);
    }
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), PAIRS);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    for (int i = 0; i < PAIRS; i++) {
      String group = i % 2 == 0 ? "Black British" : "White British";
      groupOf.put("m-" + i, group);
      host.apply("m-" + i, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race",
          Vars.LEARNING_INTERESTS.name(), "nursing", Vars.CONSENT_TO_PROTECTED_DATA.name(), true,
          Vars.PROTECTED_CHARACTERISTIC.name(), group));
      // the mentees declare too: a side with no group of its own would withhold the first check as well
      host.apply("s-" + i, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race",
          Vars.LEADS_AREA.name(), "nursing", Vars.CONSENT_TO_PROTECTED_DATA.name(), true,
          Vars.PROTECTED_CHARACTERISTIC.name(), group));
    }
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.PROPOSED_PAIRS.name())).isEqualTo(PAIRS);
    return programmeId;
  }

  /** What the admin reads off the lines: the one group with someone unmatched, or null. */
  private static String groupWithOneMissing(String text) {
    Matcher line = LINE.matcher(text);
    List<String> found = new ArrayList<>();
    while (line.find()) {
      if (!line.group(1).equals(EVERYONE) && !line.group(2).equals(line.group(3))) {
        found.add(line.group(1));
      }
    }
    return found.size() == 1 ? found.get(0) : null;
  }
}
