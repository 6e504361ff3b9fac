package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.SeedReplay.attendees;
import static org.flipside.it.SeedReplay.invitesTo;
import static org.flipside.it.SeedReplay.vevent;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.DeliveryRole;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.FocusDimension;
import org.flipside.api.GoalHorizon;
import org.flipside.api.Guest;
import org.flipside.api.NewGuest;
import org.flipside.api.NewProgramme;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.RolloutChoice;
import org.flipside.api.ScopeGoal;
import org.flipside.api.Stage;
import org.flipside.api.TeamMember;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.junit.jupiter.api.Test;

/**
 * GOLD's how-to guide for pharma (seed 003), replayed whole through the API: a company's vice presidents mentored
 * by early-career staff, scoped from a gap analysis with short, medium and long-term goals and targets that the
 * sponsor reads at sign-off; an external training provider prepares the mentors; mentees get reading in advance; each
 * pair tailors the template's learning agreement (online first, protected time); and the sponsor makes it business
 * as usual, a yearly cycle.
 */
abstract class GoldPharmaReplayContract extends HostedContract {

  private static final int PAIRS = 4;
  private static final String VICE_PRESIDENTS = "Vice Presidents";
  private static final String EARLY_CAREERS = "Early Careers Network";
  private static final List<String> VPS = numbered("vp");
  private static final List<String> GRADUATES = numbered("graduate");
  private static final String EARLY_CAREERS_LEAD = "early-careers-lead";
  private static final List<String> VP_FUNCTIONS = List.of("Patient and Community Engagement", "Medical Affairs",
      "Commercial", "Digital");
  private static final NewGuest TRAINER = new NewGuest("Jo Walker", "jo.walker@grayce.example", "Grayce");

  @Test
  void vicePresidentsMentoredByEarlyCareerStaffFromAGapAnalysisWithHorizonsToABusinessAsUsualDecision() {
    staffTheCompany();
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "Walk a Mile: reverse mentoring for our VPs", ProgrammeMode.REVERSE, Set.of(FocusDimension.GENERATION),
        "reverse mentor", "reverse mentee", CEO)).id();

    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.remove(Vars.GOALS.name());
    scope.putAll(Map.ofEntries(
        Map.entry(Vars.GAP_ANALYSIS.name(), "Our VPs are Gen X or Boomers; no one under 30 is heard at the top"),
        Map.entry(Vars.SHORT_TERM_GOALS.name(), "VPs hear early-career colleagues first hand | 4 pairs complete"),
        Map.entry(Vars.MEDIUM_TERM_GOALS.name(), "Each VP names a blind spot and acts on it | every VP by 2028"),
        Map.entry(Vars.LONG_TERM_GOALS.name(), "Reverse mentoring is business as usual | a yearly cycle"),
        Map.entry(Vars.STAFF_NETWORKS.name(), EARLY_CAREERS),
        Map.entry(Vars.RECRUIT_HOST_GROUPS.name(), VICE_PRESIDENTS + "\n" + EARLY_CAREERS),
        Map.entry(Vars.COHORT_SIZE.name(), PAIRS),
        Map.entry(Vars.DURATION_MONTHS.name(), 3),
        Map.entry(Vars.MENTOR_MAXIMUM_BAND.name(), 3),
        Map.entry(Vars.MENTEE_MINIMUM_BAND.name(), 9),
        Map.entry(Vars.AGREEMENT_MEETING_FORMAT.name(), "online"),
        Map.entry(Vars.AGREEMENT_PROTECTED_TIME.name(), true),
        Map.entry(Vars.PRE_READING.name(), "A glossary of terms; two short videos on generations at work")));
    host.complete(HR, Forms.SCOPE_PILOT, scope);

    // the sponsor signs off what they can see: the gap, the horizons with their targets, who is eligible
    ProgrammeScope signedOff = host.flipside.programmes().scope(Actor.of(CEO), programmeId);
    assertThat(signedOff.horizonGoals()).containsExactly(
        new ScopeGoal(GoalHorizon.SHORT_TERM, "VPs hear early-career colleagues first hand", "4 pairs complete"),
        new ScopeGoal(GoalHorizon.MEDIUM_TERM, "Each VP names a blind spot and acts on it", "every VP by 2028"),
        new ScopeGoal(GoalHorizon.LONG_TERM, "Reverse mentoring is business as usual", "a yearly cycle"));
    assertThat(List.of(signedOff.eligibleMentors(), signedOff.eligibleMentees())).containsExactly(PAIRS, PAIRS);
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF).data().get(Vars.SCOPE_SUMMARY.name()).toString()).contains(
        "Our VPs are Gen X or Boomers", "**Short term**",
        "VPs hear early-career colleagues first hand (target: 4 pairs complete)", "**Medium term**",
        "Each VP names a blind spot and acts on it (target: every VP by 2028)", "**Long term**",
        "Reverse mentoring is business as usual (target: a yearly cycle)", VICE_PRESIDENTS, EARLY_CAREERS,
        "4 reverse mentors, 4 reverse mentees", "Pairs: 4");
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("the VPs and the early-career network; not the directors in the VPs' bands, nor staff outside it")
        .containsExactlyInAnyOrderElementsOf(Stream.concat(VPS.stream(), GRADUATES.stream()).toList());

    // the external training provider, a guest with only the access the role needs
    Guest trainer = host.flipside.deliveryTeam().registerGuest(Actor.of(HR), TRAINER);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.TRAINING_PROVIDER,
        trainer.guestId());
    assertThat(host.flipside.deliveryTeam().team(Actor.of(CEO), programmeId)).singleElement()
        .extracting(TeamMember::role, TeamMember::name, TeamMember::guest)
        .containsExactly(DeliveryRole.TRAINING_PROVIDER, "Jo Walker", true);
    assertThatThrownBy(() -> host.flipside.programmes().scope(Actor.of(trainer.guestId()), programmeId))
        .isInstanceOf(AccessDeniedException.class);

    GRADUATES.forEach(graduate -> host.apply(graduate, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(),
        "generation, digital", Vars.PREFERRED_FORMAT.name(), "online")));
    for (int i = 0; i < PAIRS; i++) {
      host.apply(VPS.get(i), "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "generation, digital",
          Vars.LEADS_AREA.name(), VP_FUNCTIONS.get(i)));
    }
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThatThrownBy(() -> host.flipside.matchReview().matches(Actor.of(trainer.guestId()), programmeId))
        .as("the trainer sees no one's pairing").isInstanceOf(AccessDeniedException.class);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    List<String> mentorOf = new ArrayList<>(GRADUATES);
    host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs().forEach(pair ->
        mentorOf.set(VPS.indexOf(pair.mentee().employeeId()), pair.mentor().employeeId()));
    assertThat(mentorOf).as("every VP has an early-career mentor").containsExactlyInAnyOrderElementsOf(GRADUATES);

    // the provider trains the mentors before the kick-off
    PlannedEvent training = host.flipside.events().plan(Actor.of(HR), programmeId, new EventPlan(
        EventKind.KNOWLEDGE_SESSION, "Mentoring a senior colleague", Instant.parse("2027-02-18T09:30:00Z"),
        Instant.parse("2027-02-18T12:30:00Z"), "https://meet.example.org/grayce", List.of(),
        List.of(new EventGuest(TRAINER.name(), TRAINER.email())), "Confidence, boundaries, the learning agreement",
        EventAudience.MENTORS, List.of()));
    List<CalendarInvite> trainingInvites = invitesTo(host, training.id());
    assertThat(trainingInvites).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrderElementsOf(GRADUATES);
    List<String> trainingAttendees = new ArrayList<>(SeedReplay.addresses(GRADUATES));
    trainingAttendees.add("mailto:" + TRAINER.email());
    assertThat(trainingInvites).allSatisfy(invite ->
        assertThat(attendees(vevent(invite))).containsExactlyInAnyOrderElementsOf(trainingAttendees));
    assertThat(SeedReplay.holdKickOffWorkshops(host)).isEqualTo(2);
    host.flipside.events().recordAttendance(Actor.of(HR), training.id(), Set.copyOf(GRADUATES));

    // each pair tailors the template: online first, time protected in both diaries
    for (int i = 0; i < PAIRS; i++) {
      assertThat(host.task(VPS.get(i), Forms.LEARNING_AGREEMENT).data())
          .containsEntry(Vars.MEETING_FORMAT.name(), "online").containsEntry(Vars.PROTECTED_TIME.name(), true);
      host.agree(VPS.get(i), mentorOf.get(i));
    }
    assertThat(host.calendar.delivered()).filteredOn(invite -> invite.eventUid().startsWith("flipside-protected-time-"))
        .extracting(CalendarInvite::recipientId).as("a hold in each partner's diary")
        .containsExactlyInAnyOrderElementsOf(Stream.concat(VPS.stream(), GRADUATES.stream()).toList());

    host.passTimeTo(Instant.parse("2027-03-01T09:00:00Z"));
    assertThat(VPS).allSatisfy(vp -> assertThat(host.task(vp, Forms.PRE_READING).data()
        .get(Vars.PRE_READING_TEXT.name()).toString()).contains("A glossary of terms"));
    VPS.forEach(vp -> host.complete(vp, Forms.PRE_READING, Map.of(Vars.READING_DONE.name(), true)));
    int sessions = 0;
    for (String month : List.of("03", "04", "05")) {
      // a period opens as the one before ends, so the clock stops at each month's start
      host.passTimeTo(Instant.parse("2027-" + month + "-01T09:00:00Z"));
      host.passTimeTo(Instant.parse("2027-" + month + "-15T09:00:00Z"));
      sessions += SeedReplay.logDueSessions(host, VPS);
    }
    host.passTimeTo(Instant.parse("2027-06-02T09:00:00Z"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage())
        .as(() -> SeedReplay.waitingFor(host, programmeId)).isEqualTo(Stage.EVALUATION);
    SeedReplay.answerFinalSurvey(host, Stream.concat(VPS.stream(), GRADUATES.stream()).toList());
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Blind spots at the top",
        Vars.GOAL.name(), "VPs hear early-career colleagues first hand", Vars.PRIORITY.name(), "ACT_NOW",
        Vars.RECOMMENDATION.name(), "A yearly cycle with the pilot's mentors as ambassadors",
        Vars.NEXT_STEP.name(), "finish"));

    String report = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html();
    assertThat(report).contains("<td>Pairs formed</td><td class=\"figure\">4</td>",
        "<td>Sessions held</td><td class=\"figure\">" + sessions + "</td>", "Mentoring a senior colleague",
        "Blind spots at the top");
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "continue",
        Vars.YEARLY.name(), true, Vars.RATIONALE.name(), "Business as usual, so the benefits continue"));
    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(CEO), programmeId);
    assertThat(status).extracting(ProgrammeStatus::completedPairs, ProgrammeStatus::sessionsHeld,
            ProgrammeStatus::surveyResponses, ProgrammeStatus::rolloutDecision)
        .containsExactly((long) PAIRS, (long) sessions, (long) 2 * PAIRS, RolloutChoice.CONTINUE);
    assertThat(sessions).isEqualTo(3 * PAIRS);
  }

  /**
   * The company: four VPs under the chief executive, each heading a function, and four graduates in the
   * early-career network under its lead. The test organisation's directors sit in the VPs' bands and its staff in
   * the graduates', outside both groups.
   */
  private void staffTheCompany() {
    host.organisation.add(EARLY_CAREERS_LEAD, 6, "Band 6", "Talent", HR);
    for (int i = 0; i < PAIRS; i++) {
      host.organisation.add(VPS.get(i), 9, "Vice President", VP_FUNCTIONS.get(i), CEO);
      host.organisation.join(VPS.get(i), VICE_PRESIDENTS);
      host.organisation.add(GRADUATES.get(i), 2, "Graduate", "Graduate Programme", EARLY_CAREERS_LEAD);
      host.organisation.join(GRADUATES.get(i), EARLY_CAREERS);
    }
    host.organisation.join(EARLY_CAREERS_LEAD, EARLY_CAREERS);
  }

  private static List<String> numbered(String prefix) {
    return IntStream.rangeClosed(1, PAIRS).mapToObj(i -> prefix + "-" + i).toList();
  }
}
