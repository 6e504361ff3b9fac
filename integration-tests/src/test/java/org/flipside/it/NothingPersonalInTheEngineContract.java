package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_FINANCE;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flipside.api.PartnershipStatus;
import org.flipside.api.PartnerRole;
import org.flipside.api.MeetingFrequency;
import org.flipside.api.MeetingFormat;
import org.flipside.api.Actor;
import org.flipside.api.AgreementTerms;
import org.flipside.api.FocusDimension;
import org.flipside.api.HostEventOutcome;
import org.flipside.api.MatchedPair;
import org.flipside.api.NewProgramme;
import org.flipside.api.NewSurveyQuestion;
import org.flipside.api.OpenTask;
import org.flipside.api.Partnership;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.api.Steward;
import org.flipside.api.SurveyQuestionKind;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * A whole programme runs through every path with a unique marker in every free-text answer and in every person's
 * name, and a longer pilot through the paths of pairs that falter; afterwards no marker is anywhere in the engine's
 * tables, runtime or history, byte arrays included.
 */
abstract class NothingPersonalInTheEngineContract extends HostedContract {

  private static final List<String> MENTORS = List.of(FINANCE_1, OPS_1, OPS_2);
  private static final List<String> MENTEES = List.of(DIR_OPS, MGR_FINANCE, DIR_FINANCE);
  private static final List<String> EVERYONE =
      List.of(CEO, DIR_FINANCE, DIR_OPS, MGR_FINANCE, MGR_OPS, FINANCE_1, OPS_1, OPS_2, HR, EDI);

  /** Every marker, with what it was written into. */
  private final Map<String, String> markers = new LinkedHashMap<>();

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, new TestOrganisation(this::nameOf));
  }

  @Test
  void aWholeProgrammeLeavesNoFreeTextAndNoNameInTheEngine() {
    String programmeId = threePairsAgreed(Map.of());
    answerSurveys(Forms.BASELINE_SURVEY);

    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    for (String mentee : MENTEES) {
      host.complete(mentee, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
      host.complete(mentee, Forms.PRE_READING, Map.of(Vars.READING_DONE.name(), true));
    }
    reviseAnAgreementReflectAndAskForSupport();
    raiseAndResolveAConcern(programmeId);
    String leaver = partnerOf(DIR_FINANCE);
    host.organisation.leave(leaver);
    host.flipside.hostEvents().employeeLeft(leaver);

    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    OpenTask knowledgeRegister = host.task(HR, Forms.WORKSHOP_ATTENDANCE);
    assertThat(knowledgeRegister.data().toString()).as("the knowledge session's register names the group")
        .contains(nameOf(DIR_OPS));
    host.flipside.inbox().complete(Actor.of(HR), knowledgeRegister.id(), Map.of(Vars.ATTENDEE_IDS.name(),
        ProgrammeLifecycleContract.values(knowledgeRegister, Vars.ATTENDEE_OPTIONS.name())));
    answerPulses();
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    answerSurveys(Forms.FINAL_SURVEY);
    groupThemesAndDecideToExpand();

    assertNoMarkerInTheEngine();
    Map<String, List<String>> inFlipside = DatabaseScan.placesHoldingAny(host.database.dataSource(),
        markers.keySet(), table -> table.toUpperCase(Locale.ROOT).startsWith("FS_"));
    assertThat(inFlipside.keySet()).extracting(markers::get)
        .as("the scan reads what Flipside keeps in its own tables")
        .contains("goals", "boundaries of " + DIR_OPS, "concern", "concern outcome", "theme title", "rollout rationale");
  }

  /**
   * A longer pilot whose pairs falter: no one meets for two periods, so the manager checks in on every pair; then one
   * pair's support conversation closes it, another's rematches, a mentee changes role and the sponsor leaves.
   */
  @Test
  void aPilotWhosePairsFalterLeavesNoFreeTextAndNoNameInTheEngine() {
    String programmeId = threePairsAgreed(Map.of(Vars.DURATION_MONTHS.name(), 4));
    String closed = pairingOf(DIR_OPS);
    String rematched = pairingOf(MGR_FINANCE);
    String roleChanged = pairingOf(DIR_FINANCE);

    host.passTimeTo(Instant.parse("2027-04-01T01:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-01T01:00:00Z"));
    List<OpenTask> checkIns = host.tasks(HR, Forms.PAIR_CHECK_IN);
    assertThat(checkIns).as("a check-in on each pair that missed two periods").hasSize(3);
    assertThat(checkIns.toString()).as("the check-in names the pair").contains(nameOf(DIR_OPS));
    for (OpenTask checkIn : checkIns) {
      host.flipside.inbox().complete(Actor.of(HR), checkIn.id(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "continue"));
    }

    decideSupport(DIR_OPS, "close");
    decideSupport(MGR_FINANCE, "rematch");
    assertThat(host.flipside.hostEvents().employeeChangedRole(DIR_FINANCE).closedPairingIds())
        .containsExactly(roleChanged);
    assertThat(MENTEES.stream().flatMap(mentee -> host.flipside.learningAgreements().partnerships(Actor.of(mentee)).stream())
        .filter(partnership -> List.of(closed, rematched, roleChanged).contains(partnership.pairingId())))
        .as("every first pair ended").hasSize(3).noneMatch(partnership -> partnership.status() == PartnershipStatus.ACTIVE);

    host.organisation.leave(CEO);
    assertThat(host.flipside.hostEvents().employeeLeft(CEO).vacatedProgrammeIds()).containsExactly(programmeId);
    host.organisation.grant(MGR_OPS, FlipsideRoles.SPONSOR);
    host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, MGR_OPS);

    assertNoMarkerInTheEngine();
  }

  /**
   * The sponsor leaves while their sign-off is open: the HR admins hold the vacant post's decision and send the scope
   * back, then the sponsor they appoint approves it.
   */
  @Test
  void aSponsorWhoLeavesWithADecisionOpenLeavesNoFreeTextAndNoNameInTheEngine() {
    String programmeId = markedProgramme();
    Map<String, Object> scope = markedScope(Map.of());
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.organisation.leave(CEO);
    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(CEO);
    assertThat(outcome.vacatedProgrammeIds()).containsExactly(programmeId);
    assertThat(outcome.tasksReassigned()).as("the open sign-off goes to the HR admins").isEqualTo(1);
    host.complete(HR, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "revise",
        Vars.COMMENTS.name(), mark("comments of the HR admin holding the vacant post")));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.organisation.grant(MGR_OPS, FlipsideRoles.SPONSOR);
    host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, MGR_OPS);
    host.complete(MGR_OPS, Forms.SPONSOR_SIGN_OFF,
        Map.of(Vars.DECISION.name(), "approve", Vars.COMMENTS.name(), mark("appointed sponsor's comments")));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.RECRUITMENT);

    assertNoMarkerInTheEngine();
  }

  /** A pair's partner asks for support and the manager decides, with a message for the other partner. */
  private void decideSupport(String mentee, String decision) {
    host.flipside.pairSupport().saySupportNeeded(Actor.of(mentee), pairingOf(mentee),
        mark("support request note of " + mentee));
    assertThat(host.task(HR, Forms.SUPPORT_CONVERSATION).data().toString()).contains(nameOf(mentee));
    host.complete(HR, Forms.SUPPORT_CONVERSATION, Map.of(Vars.SUPPORT_DECISION.name(), decision,
        Vars.MESSAGE_TO_PARTNER.name(), mark("message to " + mentee + "'s partner on " + decision)));
  }

  /** A programme scoped with these answers in place of the usual ones, its three pairs agreed. */
  private String threePairsAgreed(Map<String, Object> scopeChanges) {
    String programmeId = markedProgramme();
    scopeSentBackAndApproved(programmeId, scopeChanges);
    applyAndReview(programmeId);
    agreeWithAChangeRequested();
    return programmeId;
  }

  private String markedProgramme() {
    return host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        mark("programme name"), ProgrammeMode.REVERSE, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "reverse mentor " + mark("mentor label"), "reverse mentee " + mark("mentee label"), CEO)).id();
  }

  /** No marker anywhere in the engine's tables, runtime or history. */
  private void assertNoMarkerInTheEngine() {
    Map<String, List<String>> inTheEngine = DatabaseScan.placesHoldingAny(host.database.dataSource(),
        markers.keySet(), table -> table.toUpperCase(Locale.ROOT).startsWith("ACT_"));
    Map<String, String> found = new LinkedHashMap<>();
    inTheEngine.forEach((marker, places) -> found.put(markers.get(marker), String.join(", ", places)));
    assertThat(found).as("what was written where, found in the engine's tables").isEmpty();
  }

  private void scopeSentBackAndApproved(String programmeId, Map<String, Object> scopeChanges) {
    Map<String, Object> scope = markedScope(scopeChanges);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF,
        Map.of(Vars.DECISION.name(), "revise", Vars.COMMENTS.name(), mark("sponsor's comments sending it back")));
    assertThat(host.task(HR, Forms.SCOPE_PILOT).data()).as("a scope sent back shows what was written")
        .containsEntry(Vars.GOALS.name(), scope.get(Vars.GOALS.name()));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.flipside.programmes().addSurveyQuestion(Actor.of(HR), programmeId,
        new NewSurveyQuestion("hopes", "What do you hope for? " + mark("survey question"), SurveyQuestionKind.FREE_TEXT));
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF,
        Map.of(Vars.DECISION.name(), "approve", Vars.COMMENTS.name(), mark("sponsor's comments approving")));
  }

  /** The pilot's scope for three pairs, with these answers in place of the usual ones and every free text marked. */
  private Map<String, Object> markedScope(Map<String, Object> scopeChanges) {
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), 3);
    scope.putAll(scopeChanges);
    scope.put(Vars.GOALS.name(), mark("goals"));
    scope.put(Vars.GAP_ANALYSIS.name(), mark("gap analysis"));
    scope.put(Vars.STAFF_NETWORKS.name(), mark("staff networks"));
    scope.put(Vars.SHORT_TERM_GOALS.name(), mark("short-term goal") + " | " + mark("short-term target"));
    scope.put(Vars.LONG_TERM_GOALS.name(), mark("long-term goal"));
    scope.put(Vars.AGREEMENT_BOUNDARIES.name(), mark("agreement template's boundaries"));
    scope.put(Vars.PRE_READING.name(), mark("pre-reading"));
    return scope;
  }

  /** Applications reviewed; a first proposal sent back with one pair locked and one ruled out, the second published. */
  private void applyAndReview(String programmeId) {
    for (String mentor : MENTORS) {
      host.apply(mentor, "mentor", application(mentor));
    }
    for (String mentee : MENTEES) {
      Map<String, Object> answers = application(mentee);
      answers.put(Vars.LEADS_AREA.name(), mark("area " + mentee + " leads"));
      host.apply(mentee, "mentee", answers);
    }
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.complete(MGR_OPS, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTimeTo(Instant.parse("2027-01-20T09:00:00Z"));
    assertThat(host.task(HR, Forms.REVIEW_APPLICATIONS).data().toString()).contains(nameOf(FINANCE_1));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of(Vars.NOTE.name(), mark("application review note")));
    OpenTask review = host.task(HR, Forms.REVIEW_MATCHES);
    assertThat(review.data().get(Vars.PROPOSED_PAIRS.name())).isEqualTo(3);
    assertThat(review.data().toString()).contains(nameOf(DIR_OPS));
    List<MatchedPair> first = host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs();
    MatchedPair kept = pairOf(first, FINANCE_1);
    MatchedPair ruledOut = pairOf(first, OPS_1);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "reject",
        Vars.LOCKED_PAIRING_IDS.name(), List.of(kept.pairingId()),
        Vars.REJECTED_PAIRING_IDS.name(), List.of(ruledOut.pairingId()),
        Vars.NOTE.name(), mark("match review note sending the proposal back")));
    assertThat(host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs())
        .extracting(pair -> pair.mentor().employeeId() + ">" + pair.mentee().employeeId())
        .as("the second proposal keeps the locked pair and swaps the ruled-out one")
        .contains(FINANCE_1 + ">" + kept.mentee().employeeId())
        .doesNotContain(OPS_1 + ">" + ruledOut.mentee().employeeId())
        .hasSize(3);
    host.complete(HR, Forms.REVIEW_MATCHES,
        Map.of(Vars.DECISION.name(), "publish", Vars.NOTE.name(), mark("match review note")));
  }

  private Map<String, Object> application(String applicant) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Vars.LIVED_EXPERIENCE_TOPICS.name(), mark("lived experience of " + applicant));
    answers.put(Vars.LEARNING_INTERESTS.name(), mark("learning interests of " + applicant));
    answers.put(Vars.LOCATION.name(), mark("location of " + applicant));
    answers.put(Vars.MOTIVATION.name(), mark("motivation of " + applicant));
    answers.put(Vars.CONSENT_TO_PROTECTED_DATA.name(), true);
    answers.put(Vars.PROTECTED_CHARACTERISTIC.name(), mark("protected characteristic of " + applicant));
    return answers;
  }

  /** The workshops' registers, then each pair's agreement; one mentor asks for a change first. */
  private void agreeWithAChangeRequested() {
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      assertThat(register.data().toString()).as("the register names the invitees").contains("Employee ");
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of(Vars.ATTENDEE_IDS.name(), ProgrammeLifecycleContract.values(register, Vars.ATTENDEE_OPTIONS.name())));
    }
    for (String mentee : MENTEES) {
      host.complete(mentee, Forms.LEARNING_AGREEMENT, agreement(mark("boundaries of " + mentee)));
    }
    String mentor = partnerOf(DIR_OPS);
    host.complete(mentor, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "change",
        Vars.REQUESTED_CHANGES.name(), mark("changes " + mentor + " asks for")));
    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, agreement(mark("boundaries redrafted by " + DIR_OPS)));
    for (String each : MENTORS) {
      host.complete(each, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    }
  }

  private static Map<String, Object> agreement(String boundaries) {
    return Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true, Vars.BOUNDARIES.name(), boundaries,
        Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee",
        Vars.PROTECTED_TIME.name(), true);
  }

  private void reviseAnAgreementReflectAndAskForSupport() {
    String pairing = pairingOf(MGR_FINANCE);
    host.flipside.learningAgreements().proposeChange(Actor.of(MGR_FINANCE), pairing,
        new AgreementTerms(true, mark("boundaries of a revision"), MeetingFormat.IN_PERSON,
        MeetingFrequency.EVERY_MONTH, PartnerRole.MENTOR, true));
    String confirmer = partnerOf(MGR_FINANCE);
    assertThat(host.task(confirmer, Forms.CONFIRM_AGREEMENT).data().toString()).contains(nameOf(MGR_FINANCE));
    host.complete(confirmer, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));

    host.flipside.reflections().write(Actor.of(DIR_OPS), pairingOf(DIR_OPS), mark("private reflection"));

    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairingOf(DIR_OPS), mark("support request note"));
    assertThat(host.task(HR, Forms.SUPPORT_CONVERSATION).data().toString()).contains(nameOf(DIR_OPS));
    host.complete(HR, Forms.SUPPORT_CONVERSATION, Map.of(Vars.SUPPORT_DECISION.name(), "continue",
        Vars.MESSAGE_TO_PARTNER.name(), mark("message to the partner")));
  }

  private void raiseAndResolveAConcern(String programmeId) {
    host.flipside.concerns().raise(Actor.of(OPS_1), programmeId, mark("concern"));
    assertThat(host.task(EDI, Forms.ACKNOWLEDGE_CONCERN).data().toString()).contains(nameOf(OPS_1));
    host.complete(EDI, Forms.ACKNOWLEDGE_CONCERN, Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), mark("acknowledgement")));
    host.complete(EDI, Forms.RESOLVE_CONCERN, Map.of(Vars.OUTCOME.name(), mark("concern outcome")));
  }

  private void answerPulses() {
    int answered = 0;
    for (String employee : EVERYONE) {
      for (OpenTask pulse : host.tasks(employee, Forms.PULSE_SURVEY)) {
        host.flipside.inbox().complete(Actor.of(employee), pulse.id(), Map.of(Vars.PAIRING_WORKING.name(), 4,
            Vars.SPEAK_OPENLY.name(), 4, Vars.CONFIDENCE_TALKING_PULSE.name(), 4));
        answered++;
      }
    }
    assertThat(answered).as("pulses answered").isPositive();
  }

  private void answerSurveys(String formId) {
    int answered = 0;
    for (String employee : EVERYONE) {
      for (OpenTask survey : host.tasks(employee, formId)) {
        host.flipside.inbox().complete(Actor.of(employee), survey.id(), Map.of(Vars.CONFIDENCE_TALKING.name(), 3,
            Vars.UNDERSTANDING_ISSUES.name(), 3, Vars.CONFIDENCE_ASKING.name(), 3, Vars.CONFIDENCE_SHARING.name(), 3,
            "hopes", mark(formId + " answer of " + employee), Vars.COMMENTS.name(), mark(formId + " comment of " + employee)));
        answered++;
      }
    }
    assertThat(answered).as("%s answered", formId).isPositive();
  }

  private void groupThemesAndDecideToExpand() {
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), mark("theme title"),
        Vars.SUMMARY.name(), mark("theme summary"),
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), mark("recommendation"),
        Vars.NEXT_STEP.name(), "finish"));
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "expand",
        Vars.MENTOR_MAXIMUM_BAND.name(), 7, Vars.CASCADE.name(), true, Vars.RATIONALE.name(), mark("rollout rationale")));
    for (String employee : EVERYONE) {
      for (OpenTask invitation : host.tasks(employee, Forms.AMBASSADOR_INVITATION)) {
        host.flipside.inbox().complete(Actor.of(employee), invitation.id(),
            Map.of(Vars.AMBASSADOR_ANSWER.name(), "accept"));
      }
      // whoever the pilot waitlisted is offered a place before anyone is invited
      for (OpenTask offer : host.tasks(employee, Forms.CONFIRM_PLACE)) {
        host.flipside.inbox().complete(Actor.of(employee), offer.id(), Map.of(Vars.PLACE_ANSWER.name(), "decline"));
      }
    }
    assertThat(host.task(HR, Forms.APPLICATION).data().toString()).as("the ambassadors, named")
        .contains("Employee " + DIR_OPS);
    // the HR admin manages the programme, so may not apply to it: another of the band applies
    host.apply(EDI, "mentor", application(EDI));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.THIN_RECRUITMENT, Map.of(Vars.DECISION.name(), "extend", Vars.EXTRA_DAYS.name(), 7));
  }

  private static MatchedPair pairOf(List<MatchedPair> pairs, String mentor) {
    return pairs.stream().filter(pair -> pair.mentor().employeeId().equals(mentor)).findFirst().orElseThrow();
  }

  private String pairingOf(String employeeId) {
    return partnership(employeeId).pairingId();
  }

  private String partnerOf(String employeeId) {
    return partnership(employeeId).partnerId();
  }

  private Partnership partnership(String employeeId) {
    List<Partnership> active = new ArrayList<>(host.flipside.learningAgreements().partnerships(Actor.of(employeeId))
        .stream().filter(partnership -> partnership.status() == PartnershipStatus.ACTIVE).toList());
    assertThat(active).as("%s's active pairings", employeeId).hasSize(1);
    return active.get(0);
  }

  /** A marker no one would write, standing for what it was written into. */
  private String mark(String what) {
    String marker = "MK" + (markers.size() + 100) + "Q";
    markers.put(marker, what);
    return marker;
  }

  /** An employee's name, carrying a marker of its own. */
  private String nameOf(String employeeId) {
    String marker = "NM" + employeeId.replace("-", "") + "Q";
    markers.put(marker, "name of " + employeeId);
    return "Employee " + employeeId + " " + marker;
  }
}
