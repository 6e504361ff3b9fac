package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.FieldError;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchReason;
import org.flipside.api.MatchedPair;
import org.flipside.api.OpenTask;
import org.flipside.api.UnmatchedApplicant;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * The HR admin's review of a match proposal through the API: explanations, the programme's own rules and weights,
 * locking and ruling out pairs, proposing again, publishing.
 *
 * <p>Three mentors (finance-1, ops-1, ops-2) and three mentees (dir-ops, mgr-finance, ceo) apply. The CEO heads
 * every mentor's line-management chain, finance-1 can only be paired with dir-ops, and ops-1 and ops-2 only with
 * mgr-finance.
 */
abstract class MatchReviewContract extends HostedContract {

  private String programmeId;

  @Test
  void theAdminSeesWhyEachPairWasMadeAndWhyOthersWereLeftOut() {
    recruit(Map.of(Vars.WEIGHT_SAME_LOCATION.name(), 3));

    MatchOverview overview = overview();
    assertThat(overview.published()).isFalse();
    assertThat(overview.cohortNumber()).isEqualTo(1);
    MatchedPair sheffield = pairOf(overview, FINANCE_1);
    assertThat(sheffield.mentee().employeeId()).isEqualTo(DIR_OPS);
    assertThat(sheffield.mentee().name()).isEqualTo("Employee dir-ops");
    assertThat(sheffield.reasons()).extracting(MatchReason::rule, MatchReason::points)
        .as("the programme's own weight for location counts")
        .contains(tuple("same-location", 3.0), tuple("shared-availability", 0.5));
    assertThat(sheffield.score()).isEqualTo(
        sheffield.reasons().stream().map(MatchReason::points).reduce(0.0, Double::sum));
    assertThat(unmatched(overview, CEO).reason())
        .as("the CEO heads every mentor's reporting line")
        .contains("line-management-chain").contains("Employee finance-1");
    String loser = pairOf(overview, OPS_1) == null ? OPS_1 : OPS_2;
    assertThat(unmatched(overview, loser).reason()).contains("matched to someone else");
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION)).as("nothing is announced before publishing")
        .isEmpty();
  }

  @Test
  void lockedPairsStayRuledOutPairsGoAndNewRulesApplyWhenProposingAgain() {
    recruit(Map.of());
    MatchOverview first = overview();
    MatchedPair kept = pairOf(first, FINANCE_1);
    MatchedPair ruledOut = first.pairs().stream().filter(pair -> pair != kept).findFirst().orElseThrow();

    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject",
        Vars.LOCKED_PAIRING_IDS.name(), List.of(kept.pairingId()), Vars.REJECTED_PAIRING_IDS.name(), List.of(ruledOut.pairingId()),
        Vars.WEIGHT_SHARED_TOPICS.name(), 4, Vars.SEPARATE_DEPARTMENTS.name(), false));

    MatchOverview second = overview();
    assertThat(second.pairs()).extracting(pair -> pair.mentor().employeeId() + ">" + pair.mentee().employeeId())
        .contains(FINANCE_1 + ">" + DIR_OPS)
        .doesNotContain(ruledOut.mentor().employeeId() + ">" + ruledOut.mentee().employeeId())
        .hasSize(2);
    OpenTask review = host.task(HR, Forms.REVIEW_MATCHES);
    assertThat(review.data().get(Vars.LOCKED_PAIRING_IDS.name())).as("the lock is shown ticked")
        .isEqualTo(List.of(pairOf(second, FINANCE_1).pairingId()));
    assertThat(review.data()).as("the new rules are the programme's now")
        .containsEntry(Vars.SEPARATE_DEPARTMENTS.name(), false).containsEntry(Vars.WEIGHT_SHARED_TOPICS.name(), 4.0);
  }

  @Test
  void aProgrammeThatAllowsTwoMentorsGivesTheSpareMentorToAMentee() {
    recruit(Map.of(Vars.MENTORS_PER_MENTEE.name(), 2));

    MatchOverview overview = overview();
    assertThat(overview.pairs()).filteredOn(pair -> pair.mentee().employeeId().equals(MGR_FINANCE))
        .as("ops-1 and ops-2 can only mentor mgr-finance").hasSize(2);
    assertThat(overview.unmatched()).extracting(applicant -> applicant.person().employeeId()).containsExactly(CEO);
  }

  @Test
  void contradictoryReviewsAreRefusedAndChangeNothing() {
    recruit(Map.of());
    MatchOverview before = overview();
    String pairingId = before.pairs().get(0).pairingId();

    assertThatThrownBy(() -> host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject",
        Vars.LOCKED_PAIRING_IDS.name(), List.of(pairingId), Vars.REJECTED_PAIRING_IDS.name(), List.of(pairingId))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.LOCKED_PAIRING_IDS.name()));
    assertThatThrownBy(() -> host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish",
        Vars.REJECTED_PAIRING_IDS.name(), List.of(pairingId))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.REJECTED_PAIRING_IDS.name()));
    assertThatThrownBy(() -> host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject",
        Vars.WEIGHT_SAME_LOCATION.name(), -1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.WEIGHT_SAME_LOCATION.name()));

    assertThat(overview()).as("the same proposal is still under review").isEqualTo(before);
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION)).isEmpty();
  }

  @Test
  void publishingIntroducesThePartnersAndKeepsTheExplanations() {
    recruit(Map.of());
    MatchOverview proposed = overview();

    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));

    MatchOverview published = overview();
    assertThat(published.published()).isTrue();
    assertThat(published.pairs()).isEqualTo(proposed.pairs());
    assertThat(published.unmatched()).extracting(applicant -> applicant.person().employeeId())
        .contains(CEO);
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION)).hasSize(4);
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_WAITLISTED)).contains(CEO);
  }

  @Test
  void onlyTheProgrammesManagersSeeWhoIsMatchedWithWhom() {
    recruit(Map.of());

    assertThatThrownBy(() -> host.flipside.matchReview().matches(Actor.of(CEO), programmeId))
        .as("the sponsor reads outcomes, not pairs").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.matchReview().matches(Actor.of(OPS_1), programmeId))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anApplicationNamingAnUnknownColleagueIsRefusedAndAMenteesHiddenCapacityIsNotKept() {
    startRecruitment(Map.of());

    assertThatThrownBy(() -> apply(OPS_1, "mentor", Map.of(Vars.DECLARED_CONFLICTS.name(), List.of("ops-2", "nobody-9"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.DECLARED_CONFLICTS.name()));
    assertThat(host.tasks(OPS_1, Forms.APPLICATION)).as("the invitation is still open").hasSize(1);
    // a mentee's form hides the capacity: the server, deciding as form-js does, does not keep it
    apply(DIR_OPS, "mentee", Map.of(Vars.MENTOR_CAPACITY.name(), 2));
    assertThat(host.database.count("fs_application", "employee_id = '" + DIR_OPS + "' AND mentor_capacity = 1"))
        .isEqualTo(1);
  }

  @Test
  void aDeclaredConflictKeepsAPairApart() {
    startRecruitment(Map.of());
    apply(FINANCE_1, "mentor", Map.of(Vars.DECLARED_CONFLICTS.name(), List.of(DIR_OPS)));
    apply(OPS_1, "mentor", Map.of());
    apply(DIR_OPS, "mentee", Map.of());
    apply(MGR_FINANCE, "mentee", Map.of());
    closeRecruitment();

    MatchOverview overview = overview();
    assertThat(overview.pairs()).extracting(pair -> pair.mentor().employeeId()).containsExactly(OPS_1);
    assertThat(unmatched(overview, FINANCE_1).reason()).contains("conflict-of-interest");
  }

  @Test
  void theChiefExecutiveWhomEveryoneReportsToIsMatchedWhenTheLineChainStopsAtTwoLevels() {
    recruit(Map.of());
    assertThat(unmatched(overview(), CEO).reason()).contains("line-management-chain");
    assertThatThrownBy(() -> host.flipside.matchReview().limitLineChain(Actor.of(HR), programmeId, 21, false))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("levels"));

    host.flipside.matchReview().limitLineChain(Actor.of(HR), programmeId, 2, false);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject"));

    MatchOverview again = overview();
    assertThat(again.unmatched()).as("the chief executive is three levels above every mentor").isEmpty();
    MatchedPair top = menteePair(again, CEO);
    assertThat(top.reasons()).filteredOn(reason -> reason.rule().startsWith("exception:")).singleElement()
        .satisfies(reason -> {
          assertThat(reason.rule()).isEqualTo("exception:line-management-chain");
          assertThat(reason.points()).isZero();
          assertThat(reason.detail())
              .isEqualTo("limited-line-chain: the mentee is 3 levels above the mentor; the rule covers 2");
        });
    assertThat((String) host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.FAIRNESS_SUMMARY.name()))
        .as("the fairness check counts the exception")
        .contains("Pairs matched by an exception to line-management-chain (limited-line-chain): 1");
    assertThat(auditTrail()).contains(tuple(HR, AuditAction.LIMIT_LINE_CHAIN));
  }

  @Test
  void anAdminAllowsOnePairTheRulesForbidAndTheReasonStaysInFlipsidesTables() {
    recruit(Map.of());
    String reason = "Allowance-marker-7c1e: the chief executive asked to hear from the front line";
    assertThatThrownBy(() -> host.flipside.matchReview().allowPair(Actor.of(HR), programmeId, CEO, OPS_2, " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("mentorEmployeeId", "menteeEmployeeId", "reason"));
    assertThat(host.database.count("fs_match_allowance")).as("a refusal changes nothing").isZero();

    host.flipside.matchReview().allowPair(Actor.of(HR), programmeId, OPS_2, CEO, reason);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject"));

    MatchedPair allowed = menteePair(overview(), CEO);
    assertThat(allowed.mentor().employeeId()).isEqualTo(OPS_2);
    assertThat(allowed.reasons()).extracting(MatchReason::rule, MatchReason::detail).contains(
        tuple("exception:line-management-chain",
            "allowed-by-admin: the HR admin allowed this pair although they are in one line-management chain"));
    assertThat(overview().unmatched()).isEmpty();
    assertThat(auditTrail()).contains(tuple(HR, AuditAction.ALLOW_PAIR));
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "Allowance-marker-7c1e"))
        .extracting(String::toLowerCase)
        .as("who allowed it and why, in Flipside's table alone, never in the engine")
        .containsExactly("fs_match_allowance.reason");
  }

  private List<Tuple> auditTrail() {
    host.organisation.grant(MGR_OPS, FlipsideRoles.DATA_PROTECTION_OFFICER);
    return host.flipside.privacy().auditTrail(Actor.of(MGR_OPS), FlipsideHost.START, Instant.parse("2100-01-01T00:00:00Z"))
        .stream().map(entry -> tuple(entry.actorId(), entry.action())).toList();
  }

  private static MatchedPair menteePair(MatchOverview overview, String menteeId) {
    return overview.pairs().stream().filter(pair -> pair.mentee().employeeId().equals(menteeId)).findFirst()
        .orElseThrow(() -> new AssertionError(menteeId + " is not matched: " + overview.unmatched()));
  }

  private void recruit(Map<String, Object> scope) {
    startRecruitment(scope);
    apply(FINANCE_1, "mentor", Map.of(Vars.LOCATION.name(), "Sheffield", Vars.AVAILABILITY.name(), List.of("tue-am", "wed-pm")));
    apply(OPS_1, "mentor", Map.of());
    apply(OPS_2, "mentor", Map.of(Vars.MENTOR_CAPACITY.name(), 2));
    apply(DIR_OPS, "mentee", Map.of(Vars.LOCATION.name(), "Sheffield", Vars.AVAILABILITY.name(), List.of("tue-am")));
    apply(MGR_FINANCE, "mentee", Map.of());
    apply(CEO, "mentee", Map.of());
    closeRecruitment();
  }

  private void startRecruitment(Map<String, Object> scope) {
    programmeId = host.createPilot();
    Map<String, Object> form = new HashMap<>(FlipsideHost.pilotScope());
    form.put(Vars.COHORT_SIZE.name(), 3);
    form.putAll(scope);
    host.complete(HR, Forms.SCOPE_PILOT, form);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
  }

  private void closeRecruitment() {
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
  }

  private void apply(String employeeId, String role, Map<String, Object> answers) {
    Map<String, Object> form = new HashMap<>(answers);
    form.put(Vars.INTEREST.name(), role);
    form.put(Vars.LEARNING_INTERESTS.name(), "race");
    form.put(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race");
    host.complete(employeeId, Forms.APPLICATION, form);
  }

  private MatchOverview overview() {
    return host.flipside.matchReview().matches(Actor.of(HR), programmeId);
  }

  private static MatchedPair pairOf(MatchOverview overview, String mentorId) {
    return overview.pairs().stream().filter(pair -> pair.mentor().employeeId().equals(mentorId))
        .findFirst().orElse(null);
  }

  private static UnmatchedApplicant unmatched(MatchOverview overview, String employeeId) {
    return overview.unmatched().stream().filter(applicant -> applicant.person().employeeId().equals(employeeId))
        .findFirst().orElseThrow(() -> new AssertionError(employeeId + " is not among the unmatched"));
  }
}
