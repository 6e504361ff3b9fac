package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.SeedReplay.addresses;
import static org.flipside.it.SeedReplay.attendees;
import static org.flipside.it.SeedReplay.invitesTo;
import static org.flipside.it.SeedReplay.value;
import static org.flipside.it.SeedReplay.vevent;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.CHIEF_PHARMACY_OFFICE;
import static org.flipside.it.TestOrganisation.EDI;
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
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.DeliveryRole;
import org.flipside.api.EventAttendance;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.FocusDimension;
import org.flipside.api.Guest;
import org.flipside.api.NewGuest;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.PlannedEvent;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.Steward;
import org.flipside.api.TeamMember;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * Arden &amp; GEM's programme for NHS England's Chief Pharmacy Office (seed 000), replayed whole through the API: 11
 * pairs recruited inside the Office alone, the Pharmacy Fellows as mentees, one Fellow the liaison who sets up the
 * meetings and training, the Organisational Development team training the mentors with an external speaker, coaching
 * throughout (group sessions, and a one-to-one a Fellow asks the OD coach for), sessions March to August, feedback sessions in September and a presentation to the National Pharmacy
 * Advisory Group in October, then the report. The rest of the organisation sits in the same bands and is never
 * invited.
 */
abstract class ChiefPharmacyOfficeReplayContract extends HostedContract {

  private static final int PAIRS = 11;
  private static final String CHIEF_PHARMACIST = "chief-pharmacist";
  private static final String WORKFORCE_LEAD = "pharmacy-workforce-lead";
  private static final String OD_TRAINER = "od-trainer";
  private static final String OD_COACH = "od-coach";
  /** Of the Office's communications team, who promoted the programme with the Head of EDI and Culture. */
  private static final String OFFICE_COMMS = "office-comms";
  private static final List<String> FELLOWS = numbered("fellow");
  private static final List<String> PHARMACY_STAFF = numbered("pharmacy");
  /** The Fellow who set up the meetings and training with the Office. */
  private static final String LIAISON = FELLOWS.get(0);
  private static final EventGuest SPEAKER = new EventGuest("Dr Ama Mensah", "ama.mensah@speakers.example");
  private static final List<EventGuest> ADVISORY_GROUP = List.of(
      new EventGuest("ICB Chief Pharmacist, Midlands", "chief.pharmacist@icb-midlands.example"),
      new EventGuest("ICB Chief Pharmacist, North", "chief.pharmacist@icb-north.example"));

  @Test
  void elevenPairsInsideTheOfficeWithALiaisonTrainersCoachingFeedbackAndAPresentationToTheReport() {
    staffTheOffice();
    host.passTimeTo(Instant.parse("2027-02-01T09:00:00Z"));
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "Reverse mentoring for the Chief Pharmacy Office", ProgrammeMode.REVERSE,
        Set.of(FocusDimension.RACE_AND_ETHNICITY), "reverse mentor", "reverse mentee", CHIEF_PHARMACIST)).id();

    // scoping: the Office alone, February's window, sessions March to August
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.putAll(Map.of(
        Vars.GOALS.name(), "Understand the barriers our staff face and embed the learning in day-to-day practice",
        Vars.GAP_ANALYSIS.name(), "43% of pharmacists in NHS trusts are from a Black, Asian and minority ethnic"
            + " background, and they are under-represented in higher bandings",
        Vars.RECRUIT_DEPARTMENTS.name(), CHIEF_PHARMACY_OFFICE,
        Vars.COHORT_SIZE.name(), 40,
        Vars.DURATION_MONTHS.name(), 6));
    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .as("40 pairs when the Office has 11 mentors")
        .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(Vars.COHORT_SIZE.name());
              assertThat(error.problem()).contains("40 pairs", "11 reverse mentors");
            }));
    scope.put(Vars.COHORT_SIZE.name(), PAIRS);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.COMMUNICATIONS_CONTACT,
        OFFICE_COMMS);

    ProgrammeScope signedOff = host.flipside.programmes().scope(Actor.of(CHIEF_PHARMACIST), programmeId);
    assertThat(signedOff.recruitDepartments()).containsExactly(CHIEF_PHARMACY_OFFICE);
    assertThat(List.of(signedOff.eligibleMentors(), signedOff.eligibleMentees()))
        .as("the Office's staff in bands 3 to 5; its Fellows and the chief pharmacist at 8 and above")
        .containsExactly(PAIRS, PAIRS + 1);
    assertThat(host.task(CHIEF_PHARMACIST, Forms.SPONSOR_SIGN_OFF).data().get(Vars.SCOPE_SUMMARY.name()).toString())
        .contains(CHIEF_PHARMACY_OFFICE, "11 reverse mentors, 12 reverse mentees", "Pairs: 11",
            "Sessions start: 2027-03-01");
    host.complete(CHIEF_PHARMACIST, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    List<String> office = new ArrayList<>(PHARMACY_STAFF);
    office.addAll(FELLOWS);
    office.add(CHIEF_PHARMACIST);
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY))
        .as("everyone in the Office in the bands, once; no one from Finance, Operations or the executive")
        .containsExactlyInAnyOrderElementsOf(office);

    // recruitment: the Office's communications team promotes it; its staff volunteer as mentors, every Fellow as a
    // mentee
    assertThat(host.task(OFFICE_COMMS, Forms.RECRUITMENT_CAMPAIGN).data().get(Vars.CAMPAIGN_BRIEF.name()).toString())
        .contains("Reverse mentoring for the Chief Pharmacy Office", "Pairs sought: 11",
            "11 reverse mentors and 12 reverse mentees are eligible", "Applications so far: 0");
    host.complete(OFFICE_COMMS, Forms.RECRUITMENT_CAMPAIGN, Map.of(
        Vars.CAMPAIGN_CHANNELS.name(), List.of("team-briefings", "intranet"),
        Vars.CAMPAIGN_STARTED_ON.name(), "2027-02-01"));
    PHARMACY_STAFF.forEach(mentor -> host.apply(mentor, "mentor",
        Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression in pharmacy")));
    FELLOWS.forEach(fellow -> host.apply(fellow, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(),
        "race, career progression", Vars.LEADS_AREA.name(), "pharmacy workforce")));
    host.passTime(Duration.ofDays(15));
    OpenTask applications = host.task(HR, Forms.REVIEW_APPLICATIONS);
    assertThat(applications.data()).containsEntry(Vars.MENTOR_APPLICANTS.name(), PAIRS)
        .containsEntry(Vars.MENTEE_APPLICANTS.name(), PAIRS);
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    // the delivery team: a Fellow as liaison, the OD team's trainer and coach, an external speaker
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data()).containsEntry(Vars.PROPOSED_PAIRS.name(), PAIRS);
    assertThatThrownBy(() -> host.flipside.programmes().appoint(Actor.of(HR), programmeId,
        Steward.PROGRAMME_MANAGER, LIAISON))
        .as("the manager's post would show the Fellow their own pairing")
        .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo("employeeId");
              assertThat(error.problem()).contains(LIAISON, "would see their own pairing");
            }));
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.LIAISON, LIAISON);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.TRAINER, OD_TRAINER);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.COACH, OD_COACH);
    Guest speaker = host.flipside.deliveryTeam().registerGuest(Actor.of(HR),
        new NewGuest(SPEAKER.name(), SPEAKER.email(), "Speakers for Equality"));
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.SPEAKER, speaker.guestId());
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).programmeManagerId()).isEqualTo(HR);
    assertThat(host.flipside.deliveryTeam().team(Actor.of(CHIEF_PHARMACIST), programmeId))
        .extracting(TeamMember::role, TeamMember::personId, TeamMember::guest).containsExactly(
            tuple(DeliveryRole.LIAISON, LIAISON, false), tuple(DeliveryRole.COACH, OD_COACH, false),
            tuple(DeliveryRole.TRAINER, OD_TRAINER, false),
            tuple(DeliveryRole.COMMUNICATIONS_CONTACT, OFFICE_COMMS, false),
            tuple(DeliveryRole.SPEAKER, speaker.guestId(), true));

    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.MATCH_INTRODUCTION))
        .containsExactlyInAnyOrderElementsOf(Stream.concat(FELLOWS.stream(), PHARMACY_STAFF.stream()).toList());
    List<String> pairedFellows = host.flipside.matchReview().matches(Actor.of(HR), programmeId).pairs().stream()
        .map(pair -> pair.mentee().employeeId()).toList();
    assertThat(pairedFellows).containsExactlyInAnyOrderElementsOf(FELLOWS);

    // the liaison sees the team and plans its meetings, and nothing of anyone's pairing
    assertThatThrownBy(() -> host.flipside.matchReview().matches(Actor.of(LIAISON), programmeId))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.programmes().status(Actor.of(LIAISON), programmeId))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(OD_COACH), programmeId, 1))
        .as("the coach reads no survey answers").isInstanceOf(AccessDeniedException.class);

    // kick-off: the process's workshops, one for each side, before the sessions; the Fellow confirms them in their
    // own plan step and takes their registers in their inbox
    assertThat(host.calendar.delivered()).extracting(CalendarInvite::summary)
        .containsOnly("Kick-off workshop for reverse mentors", "Kick-off workshop for reverse mentees")
        .hasSize(2 * PAIRS);
    Map<String, Object> plan = new HashMap<>(host.task(LIAISON, Forms.KICK_OFF_PLAN).data());
    plan.remove(Vars.KICK_OFF_PLAN_BRIEF.name());
    host.complete(LIAISON, Forms.KICK_OFF_PLAN, plan);
    assertThat(host.calendar.delivered()).as("confirmed as proposed: no invite again").hasSize(2 * PAIRS);
    assertThat(SeedReplay.holdKickOffWorkshops(host, LIAISON)).isEqualTo(2);
    FELLOWS.forEach(fellow -> host.agree(fellow, PHARMACY_STAFF.get(FELLOWS.indexOf(fellow))));

    // the liaison sets up the mentors' training with the OD team and the coaching, and moves one coaching session
    PlannedEvent training = host.flipside.events().plan(Actor.of(LIAISON), programmeId, new EventPlan(
        EventKind.KNOWLEDGE_SESSION, "Holding the conversations: training for mentors",
        Instant.parse("2027-03-09T13:00:00Z"), Instant.parse("2027-03-09T16:00:00Z"), "Pharmacy seminar room",
        List.of(OD_TRAINER), List.of(SPEAKER), "How to approach the subjects; a speaker's own experience",
        EventAudience.MENTORS, List.of()));
    assertThat(invitesTo(host, training.id())).extracting(CalendarInvite::recipientId)
        .as("the mentors and the trainer; the speaker is named in the invite, outside the directory")
        .containsExactlyInAnyOrderElementsOf(plus(PHARMACY_STAFF, OD_TRAINER));
    List<String> trainingAttendees = new ArrayList<>(addresses(plus(PHARMACY_STAFF, OD_TRAINER)));
    trainingAttendees.add("mailto:" + SPEAKER.email());
    assertThat(invitesTo(host, training.id())).allSatisfy(invite ->
        assertThat(attendees(vevent(invite))).containsExactlyInAnyOrderElementsOf(trainingAttendees));

    List<PlannedEvent> coaching = new ArrayList<>();
    for (String month : List.of("04", "06", "08")) {
      coaching.add(host.flipside.events().plan(Actor.of(LIAISON), programmeId, new EventPlan(
          EventKind.COACHING_SESSION, "Coaching for the pairs", Instant.parse("2027-" + month + "-13T10:00:00Z"),
          Instant.parse("2027-" + month + "-13T11:30:00Z"), "https://meet.example.org/coaching", List.of(OD_COACH),
          List.of(), "Structured activities; what helps a conversation", EventAudience.PAIRS, List.of())));
    }
    int before = host.calendar.delivered().size();
    PlannedEvent moved = host.flipside.events().move(Actor.of(LIAISON), coaching.get(1).id(),
        Instant.parse("2027-06-15T10:00:00Z"), Instant.parse("2027-06-15T11:30:00Z"), null);
    assertThat(moved.sequence()).isEqualTo(1);
    List<CalendarInvite> updates = host.calendar.delivered().subList(before, host.calendar.delivered().size());
    assertThat(updates).extracting(CalendarInvite::recipientId)
        .as("every partner and the coach, once each")
        .containsExactlyInAnyOrderElementsOf(plus(office.subList(0, 2 * PAIRS), OD_COACH));
    assertThat(updates).allSatisfy(update -> {
      VEvent event = vevent(update);
      assertThat(update.eventUid()).isEqualTo(coaching.get(1).id());
      assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
      assertThat(value(event, Property.DTSTART)).isEqualTo("20270615T100000Z");
      assertThat(attendees(event)).hasSize(2 * PAIRS + 1);
    });

    // the sessions, March to August, every pair meeting monthly; the coaching registers as the pairs attend
    int sessions = 0;
    for (int month = 3; month <= 8; month++) {
      // a period opens as the one before ends, so the clock stops at each month's start
      host.passTimeTo(Instant.parse("2027-%02d-01T09:00:00Z".formatted(month)));
      host.passTimeTo(Instant.parse("2027-%02d-15T09:00:00Z".formatted(month)));
      sessions += SeedReplay.logDueSessions(host, FELLOWS);
      SeedReplay.takeRegisters(host);
      if (month == 3) {
        host.flipside.events().recordAttendance(Actor.of(LIAISON), training.id(),
            Set.copyOf(PHARMACY_STAFF.subList(0, 10)));
      }
      if (month == 5) {
        coachingAskedForBy(FELLOWS.get(1), "2027-05-20");
      }
    }
    assertThat(sessions).isEqualTo(6 * PAIRS);

    // September: the evaluation opens; feedback sessions with mentors and with mentees, led by the Head of EDI
    host.passTimeTo(Instant.parse("2027-09-02T09:00:00Z"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage())
        .as(() -> SeedReplay.waitingFor(host, programmeId)).isEqualTo(Stage.EVALUATION);
    // the liaison registers the coaching once the pairs have finished: they were its invitees
    for (PlannedEvent session : coaching) {
      host.flipside.events().recordAttendance(Actor.of(LIAISON), session.id(),
          Set.copyOf(Stream.concat(FELLOWS.stream(), PHARMACY_STAFF.stream()).limit(18).toList()));
    }
    PlannedEvent mentorsFeedback = feedbackSession(programmeId, "Feedback from the mentors", "2027-09-14",
        EventAudience.MENTORS);
    PlannedEvent menteesFeedback = feedbackSession(programmeId, "Feedback from the mentees", "2027-09-15",
        EventAudience.MENTEES);
    assertThat(invitesTo(host, mentorsFeedback.id())).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrderElementsOf(plus(PHARMACY_STAFF, EDI));
    assertThat(invitesTo(host, menteesFeedback.id())).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrderElementsOf(plus(FELLOWS, EDI));
    SeedReplay.answerFinalSurvey(host, Stream.concat(PHARMACY_STAFF.stream(), FELLOWS.stream()).toList());
    host.passTimeTo(Instant.parse("2027-09-16T09:00:00Z"));
    host.flipside.events().recordAttendance(Actor.of(HR), mentorsFeedback.id(),
        Set.copyOf(PHARMACY_STAFF.subList(0, 9)));
    host.flipside.events().recordAttendance(Actor.of(HR), menteesFeedback.id(), Set.copyOf(FELLOWS));
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Progression beyond band 7",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Embed the learning in future policy making",
        Vars.NEXT_STEP.name(), "finish"));

    // October: the presentation to the advisory group, moved once; the liaison and two Fellows present
    List<String> presenters = List.of(LIAISON, FELLOWS.get(1), FELLOWS.get(2));
    PlannedEvent presentation = host.flipside.events().plan(Actor.of(HR), programmeId, new EventPlan(
        EventKind.PRESENTATION, "Findings for the National Pharmacy Advisory Group",
        Instant.parse("2027-10-12T10:00:00Z"), Instant.parse("2027-10-12T11:00:00Z"), "Wellington House",
        List.of(EDI), ADVISORY_GROUP, "Findings and recommendations", EventAudience.NAMED, presenters));
    host.flipside.events().move(Actor.of(HR), presentation.id(), Instant.parse("2027-10-19T10:00:00Z"),
        Instant.parse("2027-10-19T11:00:00Z"), null);
    List<CalendarInvite> presentationInvites = invitesTo(host, presentation.id());
    assertThat(presentationInvites).extracting(CalendarInvite::recipientId, CalendarInvite::sequence)
        .as("an invite, then its update, to each presenter and the Head of EDI")
        .containsExactlyInAnyOrderElementsOf(Stream.of(0, 1).flatMap(sequence -> plus(presenters, EDI).stream()
            .map(recipient -> tuple(recipient, sequence))).toList());
    List<String> presentationAttendees = new ArrayList<>(addresses(plus(presenters, EDI)));
    ADVISORY_GROUP.forEach(guest -> presentationAttendees.add("mailto:" + guest.email()));
    assertThat(presentationInvites).allSatisfy(invite ->
        assertThat(attendees(vevent(invite))).containsExactlyInAnyOrderElementsOf(presentationAttendees));
    assertThat(host.flipside.reports().evaluationReport(Actor.of(CHIEF_PHARMACIST), programmeId).html())
        .as("compiled before the presentation, the report says it is planned, for whom and when, naming no guest")
        .contains("<td>Findings for the National Pharmacy Advisory Group</td><td>Presentation or dissemination</td>"
            + "<td>19 October 2027</td><td>3 named participants, with 2 guests from outside the organisation</td>")
        .doesNotContain("12 October 2027", ADVISORY_GROUP.get(0).name(), ADVISORY_GROUP.get(0).email());
    host.passTimeTo(Instant.parse("2027-10-20T09:00:00Z"));
    host.flipside.events().recordAttendance(Actor.of(HR), presentation.id(), Set.copyOf(presenters));

    // the report the sponsor reads
    ProgrammeStatus status = host.flipside.programmes().status(Actor.of(CHIEF_PHARMACIST), programmeId);
    assertThat(status).extracting(ProgrammeStatus::mentors, ProgrammeStatus::mentees,
            ProgrammeStatus::completedPairs, ProgrammeStatus::sessionsHeld, ProgrammeStatus::sessionsMissed,
            ProgrammeStatus::surveyResponses)
        .containsExactly((long) PAIRS, (long) PAIRS, (long) PAIRS, (long) sessions, 0L, (long) 2 * PAIRS);
    List<EventAttendance> participation = host.flipside.events().attendance(Actor.of(CHIEF_PHARMACIST),
        programmeId);
    assertThat(participation).extracting(EventAttendance::kind, EventAttendance::invited, EventAttendance::attended)
        .contains(
            tuple(EventKind.KNOWLEDGE_SESSION, PAIRS, 10),
            tuple(EventKind.FEEDBACK_SESSION, PAIRS, 9),
            tuple(EventKind.FEEDBACK_SESSION, PAIRS, PAIRS),
            tuple(EventKind.PRESENTATION, 3, 3));
    assertThat(participation).filteredOn(event -> event.kind() == EventKind.COACHING_SESSION)
        .as("three coaching sessions, each with its register").hasSize(3)
        .allSatisfy(event -> {
          assertThat(event.invited()).as("every partner of a pair that met until the end").isEqualTo(2 * PAIRS);
          assertThat(event.attended()).isEqualTo(18);
        });
    String report = host.flipside.reports().evaluationReport(Actor.of(CHIEF_PHARMACIST), programmeId).html();
    assertThat(report)
        .contains("<td>Pairs formed</td><td class=\"figure\">11</td>")
        .contains("<td>Sessions held</td><td class=\"figure\">" + sessions + "</td>")
        .contains("<td>Survey responses</td><td class=\"figure\">22</td>")
        .contains("Holding the conversations: training for mentors", "Feedback from the mentors",
            "Progression beyond band 7")
        .contains("Recruitment was promoted through the intranet or staff news and team briefings")
        .as("compiled again once the presentation's register was taken: held, and nothing still to come")
        .contains("<td>Findings for the National Pharmacy Advisory Group</td><td>19 October 2027</td>",
            "No events of the cohort were planned after this report.")
        .doesNotContain("Employee fellow-", "Employee pharmacy-");
    assertThatThrownBy(() -> host.flipside.reports().evaluationReport(Actor.of(LIAISON), programmeId))
        .as("the liaison does not read the evaluation").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.reports().evaluationReport(Actor.of(OFFICE_COMMS), programmeId))
        .as("nor does the communications contact").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.matchReview().matches(Actor.of(OFFICE_COMMS), programmeId))
        .as("who sees no pairing").isInstanceOf(AccessDeniedException.class);
  }

  private PlannedEvent feedbackSession(String programmeId, String title, String day, EventAudience audience) {
    return host.flipside.events().plan(Actor.of(HR), programmeId, new EventPlan(EventKind.FEEDBACK_SESSION, title,
        Instant.parse(day + "T13:00:00Z"), Instant.parse(day + "T15:00:00Z"), "https://meet.example.org/feedback",
        List.of(EDI), List.of(), "What worked, what to change; the themes for the evaluation", audience, List.of()));
  }

  /**
   * The Office: the chief pharmacist (the sponsor) leads eleven Fellows in band 8 and, through the workforce lead,
   * eleven staff in bands 3 to 5. The OD team sits outside it.
   */
  private void staffTheOffice() {
    host.organisation.add(CHIEF_PHARMACIST, 9, "Band 9", "Pharmacy Leadership", CEO);
    host.organisation.grant(CHIEF_PHARMACIST, FlipsideRoles.SPONSOR);
    host.organisation.add(WORKFORCE_LEAD, 7, "Band 7", "Pharmacy Workforce", CHIEF_PHARMACIST);
    for (int i = 0; i < PAIRS; i++) {
      host.organisation.add(FELLOWS.get(i), 8, "Band 8a", "Pharmacy Fellowship", CHIEF_PHARMACIST);
      host.organisation.add(PHARMACY_STAFF.get(i), 3 + i % 3, "Band " + (3 + i % 3), "Pharmacy Workforce",
          WORKFORCE_LEAD);
    }
    host.organisation.add(OD_TRAINER, 7, "Band 7", "Organisational Development", CEO);
    host.organisation.add(OD_COACH, 7, "Band 7", "Organisational Development", CEO);
    host.organisation.add(OFFICE_COMMS, 6, "Band 6", "Pharmacy Communications", CHIEF_PHARMACIST);
  }

  private static List<String> numbered(String prefix) {
    return IntStream.rangeClosed(1, PAIRS).mapToObj(i -> prefix + "-" + i).toList();
  }

  private static List<String> plus(List<String> ids, String another) {
    return Stream.concat(ids.stream(), Stream.of(another)).toList();
  }

  /**
   * Coaching throughout, besides the group sessions: a partner asks the OD coach for a one-to-one, which the coach
   * arranges; only the partner who asked hears of it.
   */
  private void coachingAskedForBy(String partner, String day) {
    String pairingId = host.flipside.learningAgreements().partnerships(Actor.of(partner)).get(0).pairingId();
    host.flipside.pairSupport().askForCoaching(Actor.of(partner), pairingId, "Asking my leader about a decision");
    OpenTask offer = host.task(OD_COACH, Forms.COACHING_REQUEST);
    host.flipside.inbox().complete(Actor.of(OD_COACH), offer.id(), Map.of(Vars.COACHING_OUTCOME.name(), "arranged",
        Vars.COACHING_ON.name(), day, Vars.COACHING_TIME.name(), "10:00"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.COACHING_ANSWERED)).containsExactly(partner);
  }
}
