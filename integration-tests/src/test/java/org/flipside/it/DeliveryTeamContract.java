package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.AuditEntry;
import org.flipside.api.DeliveryRole;
import org.flipside.api.EventKind;
import org.flipside.api.FieldError;
import org.flipside.api.Guest;
import org.flipside.api.NewGuest;
import org.flipside.api.OpenTask;
import org.flipside.api.PlannedEvent;
import org.flipside.api.Steward;
import org.flipside.api.TeamMember;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * A programme's delivery team, as the seeds ran theirs: Arden &amp; GEM's Pharmacy Fellow as liaison beside OD
 * trainers and coaches, an external trainer and a staff network co-designing the programme (Inclusive Employers).
 * Employees and guests hold posts; a participant cannot hold one that would show them their own pairing.
 */
abstract class DeliveryTeamContract extends HostedContract {

  private static final Actor HR_ADMIN = Actor.of(HR);
  /** Someone in the OD team, who is no participant. */
  private static final String OD_TRAINER = "od-trainer";
  /** Someone in the communications team, outside the bands the pilot invites. */
  private static final String COMMS = "comms-lead";

  @Test
  void aFellowWhoIsAMenteeMayBeTheLiaisonButNeitherACoachNorTheProgrammeManager() {
    String programmeId = host.pilotAwaitingMatchReview();
    host.organisation.add(OD_TRAINER, 7, "Band 7", "Organisational development", CEO);

    TeamMember liaison = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.LIAISON, DIR_OPS);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.TRAINER, OD_TRAINER);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OD_TRAINER);

    assertThat(liaison.name()).isEqualTo("Employee dir-ops");
    assertThat(refusal(() -> host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, DIR_OPS)))
        .singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("personId");
          assertThat(error.problem()).contains("dir-ops is a mentee of cohort 1", "as coach they would see their own pairing");
        });
    assertThat(refusal(() -> host.flipside.programmes().appoint(HR_ADMIN, programmeId, Steward.PROGRAMME_MANAGER,
        DIR_OPS))).singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("employeeId");
          assertThat(error.problem()).contains("dir-ops is a mentee of cohort 1",
              "as programme manager they would see their own pairing");
        });

    assertThat(host.flipside.programmes().status(HR_ADMIN, programmeId).programmeManagerId()).isEqualTo(HR);
    assertThat(host.flipside.deliveryTeam().team(Actor.of(CEO), programmeId))
        .extracting(TeamMember::role, TeamMember::personId)
        .containsExactly(
            tuple(DeliveryRole.LIAISON, DIR_OPS),
            tuple(DeliveryRole.COACH, OD_TRAINER),
            tuple(DeliveryRole.TRAINER, OD_TRAINER));
    assertThat(host.flipside.deliveryTeam().appointmentsOf(Actor.of(DIR_OPS))).singleElement()
        .extracting(TeamMember::role).isEqualTo(DeliveryRole.LIAISON);
    assertThat(bodiesOf(DIR_OPS, NotificationTopics.APPOINTED)).singleElement().asString()
        .contains("appointed you liaison of Board reverse mentoring pilot");
    assertThat(host.flipside.deliveryTeam().team(Actor.of(DIR_OPS), programmeId))
        .as("a member of the team sees who else is on it").hasSize(3);
  }

  @Test
  void aCoachMayNotApplyToTheProgrammeTheyCoach() {
    String programmeId = host.createPilot();
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OPS_2);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(refusal(() -> host.apply(OPS_2, "mentor", Map.of()))).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo(Vars.INTEREST.name());
      assertThat(error.problem()).contains("ops-2 is coach of Board reverse mentoring pilot");
    });
    assertThat(host.tasks(OPS_2, Forms.APPLICATION)).as("the refused answer changed nothing").hasSize(1);
    host.complete(OPS_2, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
  }

  @Test
  void staffNetworkRepresentativesCoDesignTheScopeBeforeTheSponsorSignsOffAGuestAmongThem() {
    String programmeId = host.createPilot();
    Guest chair = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Ayo Mensah", "Ayo.Mensah@network.example", "Regional BME Network"));
    assertThat(chair.guestId()).startsWith("flipside-guest-");
    assertThat(host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("A. Mensah", "ayo.mensah@network.example", null)))
        .as("one guest per address").isEqualTo(chair);
    assertThat(host.flipside.deliveryTeam().guest(chair.guestId())).contains(chair);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.STAFF_NETWORK_REPRESENTATIVE,
        chair.guestId());
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, OPS_2);

    assertThat(host.notifier.recipientsOf(NotificationTopics.APPOINTED))
        .as("the host delivers to a guest by the id Flipside issued").contains(chair.guestId(), OPS_2);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());

    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the sponsor waits for the networks").isEmpty();
    OpenTask review = host.task(chair.guestId(), Forms.CO_DESIGN_REVIEW);
    assertThat((String) review.data().get(Vars.CO_DESIGN_SCOPE.name()))
        .contains("Goals: Leaders understand the barriers", "Gap analysis: BME staff are 11%", "Pairs: 2");
    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(chair.guestId()), review.id(), Map.of())))
        .extracting(FieldError::field).containsExactly(Vars.CO_DESIGN_SUGGESTIONS.name());
    host.complete(chair.guestId(), Forms.CO_DESIGN_REVIEW,
        Map.of(Vars.CO_DESIGN_SUGGESTIONS.name(), "Invite the disability network to the mentors' workshop"));
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).isEmpty();
    host.complete(OPS_2, Forms.CO_DESIGN_REVIEW, Map.of(Vars.CO_DESIGN_ENDORSED.name(), true));

    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).hasSize(1);
    assertThat(bodiesOf(HR, NotificationTopics.SCOPE_REVIEWED)).containsExactlyInAnyOrder(
        "Ayo Mensah reviewed the scope of Board reverse mentoring pilot for the staff networks and would change:\n"
            + "Invite the disability network to the mentors' workshop",
        "Employee ops-2 reviewed the scope of Board reverse mentoring pilot for the staff networks and endorses it as"
            + " it stands.");
    assertThat(DatabaseScan.placesHoldingAny(host.database.dataSource(),
        List.of("Ayo Mensah", "ayo.mensah@network.example", "disability network"),
        table -> table.toUpperCase(Locale.ROOT).startsWith("ACT_")))
        .as("the guest's name and email and the review stay out of the engine").isEmpty();
  }

  @Test
  void aRepresentativeWithdrawnOrGoneIsNoLongerWaitedForAndAGuestsDataIsExportedAndErased() {
    String programmeId = host.createPilot();
    Guest chair = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Ayo Mensah", "ayo.mensah@network.example", "Regional BME Network"));
    TeamMember chairsPost = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId,
        DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, chair.guestId());
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, OPS_2);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.tasks(chair.guestId(), Forms.CO_DESIGN_REVIEW)).hasSize(1);
    int placesBefore = DatabaseScan.placesHolding(host.database.dataSource(), chair.guestId()).size();
    DetailsOfAnEarlierRelease.write(host.database.dataSource());
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), chair.guestId()))
        .as("an earlier release's detail of the post's holders names the guest")
        .hasSizeGreaterThan(placesBefore);

    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, chairsPost.appointmentId());
    assertThat(host.tasks(chair.guestId(), Forms.CO_DESIGN_REVIEW)).as("withdrawn: no longer asked").isEmpty();
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the other network still reviews").isEmpty();
    host.flipside.hostEvents().employeeLeft(OPS_2);
    assertThat(host.tasks(OPS_2, Forms.CO_DESIGN_REVIEW)).isEmpty();
    assertThat(host.tasks(HR, Forms.CO_DESIGN_REVIEW)).as("a leaver's review is not handed to the manager").isEmpty();
    assertThat(host.flipside.deliveryTeam().team(HR_ADMIN, programmeId)).as("a leaver holds no post").isEmpty();
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("nobody left to wait for").hasSize(1);

    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.TRAINER, chair.guestId());
    host.organisation.grant(MGR_OPS, FlipsideRoles.DATA_PROTECTION_OFFICER);
    Actor dpo = Actor.of(MGR_OPS);
    assertThat(host.flipside.privacy().export(dpo, chair.guestId()).json())
        .contains("Ayo Mensah", "ayo.mensah@network.example", "Regional BME Network", "TRAINER");
    host.flipside.privacy().erase(dpo, chair.guestId());
    assertThat(host.flipside.deliveryTeam().guest(chair.guestId())).isEmpty();
    assertThat(host.flipside.privacy().export(dpo, chair.guestId()).json())
        .doesNotContain("Ayo Mensah", "ayo.mensah@network.example", "Regional BME Network");
    assertThat(DatabaseScan.placesHoldingAny(host.database.dataSource(),
        List.of("Ayo Mensah", "ayo.mensah@network.example", chair.guestId()),
        table -> !table.equalsIgnoreCase("fs_audit_entry")))
        .as("only the audit trail names the erased guest, by id, in Flipside's tables or the engine's").isEmpty();
  }

  @Test
  void theCommunicationsContactRunsTheRecruitmentCampaignWhileTheWindowIsOpenAndFlipsideKeepsHowItWasPromoted() {
    String programmeId = host.createPilot();
    host.organisation.add(COMMS, 6, "Band 6", "Communications", CEO);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT, COMMS);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).as("not before the window opens").isEmpty();
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    assertThat(bodiesOf(COMMS, NotificationTopics.RECRUITMENT_CAMPAIGN)).singleElement().asString()
        .contains("Applications to Board reverse mentoring pilot are open until");
    host.apply(FINANCE_1, "mentor", Map.of());
    OpenTask campaign = host.task(COMMS, Forms.RECRUITMENT_CAMPAIGN);
    assertThat((String) campaign.data().get(Vars.CAMPAIGN_BRIEF.name())).contains(
        "**Board reverse mentoring pilot**", "What it is for: Leaders understand the barriers",
        "Applications open 4 January 2027 and close 18 January 2027", "Pairs sought: 2.", "are eligible",
        "Applications so far: 1.").doesNotContain(FINANCE_1, "Employee finance-1");
    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(COMMS), campaign.id(), Map.of())))
        .extracting(FieldError::field).containsExactly(Vars.CAMPAIGN_CHANNELS.name());
    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(COMMS), campaign.id(),
        Map.of(Vars.CAMPAIGN_CHANNELS.name(), List.of("carrier-pigeon")))))
        .extracting(FieldError::field).containsExactly(Vars.CAMPAIGN_CHANNELS.name());
    host.complete(COMMS, Forms.RECRUITMENT_CAMPAIGN, Map.of(Vars.CAMPAIGN_CHANNELS.name(),
        List.of("team-briefings", "staff-networks"), Vars.CAMPAIGN_STARTED_ON.name(), "2027-01-05"));

    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).isEmpty();
    assertThat(host.tasks(OPS_1, Forms.APPLICATION)).as("the window stays open for the invitees").hasSize(1);
    host.organisation.grant(MGR_OPS, FlipsideRoles.DATA_PROTECTION_OFFICER);
    assertThat(host.flipside.privacy().export(Actor.of(MGR_OPS), COMMS).json())
        .as("kept in Flipside's tables").contains("STAFF_NETWORKS,TEAM_BRIEFINGS", "2027-01-05");
    // the deployed form lists every channel; an answer kept as a variable would name it, with the day given
    assertThat(DatabaseScan.placesHoldingAny(host.database.dataSource(),
        List.of(Vars.CAMPAIGN_CHANNELS.name(), Vars.CAMPAIGN_STARTED_ON.name(), "2027-01-05"),
        table -> table.toUpperCase(Locale.ROOT).startsWith("ACT_")
            && !table.equalsIgnoreCase("ACT_GE_BYTEARRAY")))
        .as("the engine keeps none of the answers").isEmpty();
  }

  @Test
  void aWithdrawnContactsCampaignEndsAtOnceAndAnUnansweredOneWithTheWindowWithoutHoldingRecruitmentBack() {
    String programmeId = host.createPilot();
    host.organisation.add(COMMS, 6, "Band 6", "Communications", CEO);
    Guest agency = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Kit Lee", "kit@comms-agency.example", "Comms Agency"));
    TeamMember agencyPost = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId,
        DeliveryRole.COMMUNICATIONS_CONTACT, agency.guestId());
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT, COMMS);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.tasks(agency.guestId(), Forms.RECRUITMENT_CAMPAIGN)).hasSize(1);

    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, agencyPost.appointmentId());
    assertThat(host.tasks(agency.guestId(), Forms.RECRUITMENT_CAMPAIGN)).as("withdrawn: no longer asked").isEmpty();
    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).as("the other contact's step goes on").hasSize(1);
    host.apply(FINANCE_1, "mentor", Map.of());
    host.apply(DIR_OPS, "mentee", Map.of());
    host.passTime(Duration.ofDays(15));

    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).as("the window closed: the step ended").isEmpty();
    assertThat(host.tasks(HR, Forms.RECRUITMENT_CAMPAIGN)).as("not handed to the manager").isEmpty();
    assertThat(host.task(HR, Forms.REVIEW_APPLICATIONS).data())
        .containsEntry(Vars.MENTOR_APPLICANTS.name(), 1).containsEntry(Vars.MENTEE_APPLICANTS.name(), 1);
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.tasks(HR, Forms.REVIEW_MATCHES)).as("recruitment went on as before").hasSize(1);
  }

  @Test
  void theLiaisonPlansTheKickOffsThroughTheirOwnStepAndAMoveUpdatesTheInvitesAndTheRegistersWait() {
    String programmeId = host.pilotAwaitingMatchReview();
    host.organisation.add(OD_TRAINER, 7, "Band 7", "Organisational development", CEO);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.LIAISON, OD_TRAINER);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));

    OpenTask plan = host.task(OD_TRAINER, Forms.KICK_OFF_PLAN);
    assertThat(host.tasks(HR, Forms.KICK_OFF_PLAN)).as("the liaison's step, not the manager's").isEmpty();
    PlannedEvent mentors = kickOff(programmeId, EventKind.MENTOR_KICK_OFF);
    PlannedEvent mentees = kickOff(programmeId, EventKind.MENTEE_KICK_OFF);
    String mentorsDay = mentors.start().atZone(ZoneOffset.UTC).toLocalDate().toString();
    assertThat(plan.data()).containsEntry(Vars.MENTORS_KICK_OFF_ON.name(), mentorsDay)
        .containsEntry(Vars.MENTORS_KICK_OFF_TIME.name(), "10:00")
        .containsEntry(Vars.MENTORS_KICK_OFF_PLACE.name(), "Online")
        .containsEntry(Vars.MENTEES_KICK_OFF_TIME.name(), "14:00");
    assertThat((String) plan.data().get(Vars.KICK_OFF_PLAN_BRIEF.name()))
        .contains("**Mentors:** Kick-off workshop for", "for 120 minutes, Online; 2 invited.", "**Mentees:**");
    Map<String, Object> answers = new java.util.HashMap<>(plan.data());
    answers.remove(Vars.KICK_OFF_PLAN_BRIEF.name());
    Map<String, Object> badTime = new java.util.HashMap<>(answers);
    badTime.put(Vars.MENTORS_KICK_OFF_TIME.name(), "10am");
    badTime.put(Vars.MENTEES_KICK_OFF_ON.name(), "2026-01-05");
    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(OD_TRAINER), plan.id(), badTime)))
        .extracting(FieldError::field)
        .containsExactly(Vars.MENTORS_KICK_OFF_TIME.name(), Vars.MENTEES_KICK_OFF_ON.name());
    assertThat(kickOff(programmeId, EventKind.MENTEE_KICK_OFF).sequence()).as("refused: nothing moved").isZero();
    int invitesBefore = host.calendar.delivered().size();

    Instant movedStart = mentees.start().plus(Duration.ofDays(1));
    answers.put(Vars.MENTEES_KICK_OFF_ON.name(), movedStart.atZone(ZoneOffset.UTC).toLocalDate().toString());
    answers.put(Vars.MENTEES_KICK_OFF_PLACE.name(), "Pharmacy seminar room");
    host.flipside.inbox().complete(Actor.of(OD_TRAINER), plan.id(), answers);

    PlannedEvent moved = kickOff(programmeId, EventKind.MENTEE_KICK_OFF);
    assertThat(moved.start()).isEqualTo(movedStart);
    assertThat(moved.end()).isEqualTo(movedStart.plus(Duration.ofMinutes(120)));
    assertThat(moved.place()).isEqualTo("Pharmacy seminar room");
    assertThat(moved.sequence()).isEqualTo(1);
    assertThat(kickOff(programmeId, EventKind.MENTOR_KICK_OFF).sequence()).as("confirmed as proposed").isZero();
    assertThat(host.calendar.delivered().subList(invitesBefore, host.calendar.delivered().size()))
        .as("the mentees' invites again, with SEQUENCE 1")
        .extracting(CalendarInvite::recipientId, CalendarInvite::eventUid, CalendarInvite::sequence)
        .containsExactlyInAnyOrder(tuple(DIR_OPS, moved.id(), 1), tuple(TestOrganisation.MGR_FINANCE, moved.id(), 1));

    host.passTimeTo(mentees.end().plus(Duration.ofHours(1)));
    assertThat(host.tasks(OD_TRAINER, Forms.WORKSHOP_ATTENDANCE)).as("the registers wait for the moved workshop")
        .isEmpty();
    host.passTimeTo(moved.end().plus(Duration.ofMinutes(1)));
    assertThat(host.tasks(OD_TRAINER, Forms.WORKSHOP_ATTENDANCE)).as("offered to the liaison").hasSize(2);
  }

  @Test
  void theRegistersFollowWhoIsLiaisonAndTheManagerHoldsThemWhenThereIsNone() {
    String programmeId = host.pilotAwaitingMatchReview();
    host.organisation.add(OD_TRAINER, 7, "Band 7", "Organisational development", CEO);
    Guest fellow = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Pat Fellow", "pat@pharmacy.example", "Chief Pharmacy Office"));
    TeamMember odPost = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.LIAISON, OD_TRAINER);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    PlannedEvent mentees = kickOff(programmeId, EventKind.MENTEE_KICK_OFF);

    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, odPost.appointmentId());
    assertThat(host.tasks(OD_TRAINER, Forms.KICK_OFF_PLAN)).as("withdrawn: no longer offered").isEmpty();
    assertThat(host.tasks(HR, Forms.KICK_OFF_PLAN)).as("no liaison left: the manager holds it").hasSize(1);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.LIAISON, fellow.guestId());
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.LIAISON, OD_TRAINER);
    assertThat(host.tasks(fellow.guestId(), Forms.KICK_OFF_PLAN)).as("appointed later: offered it").hasSize(1);
    assertThat(host.tasks(OD_TRAINER, Forms.KICK_OFF_PLAN)).as("appointed again: offered it again").hasSize(1);
    assertThat(host.tasks(HR, Forms.KICK_OFF_PLAN)).as("the liaisons' again").isEmpty();

    host.passTimeTo(mentees.end().plus(Duration.ofMinutes(1)));
    assertThat(host.tasks(fellow.guestId(), Forms.KICK_OFF_PLAN)).as("ended unanswered when the first one began")
        .isEmpty();
    List<OpenTask> registers = host.tasks(fellow.guestId(), Forms.WORKSHOP_ATTENDANCE);
    assertThat(registers).as("offered to each liaison, unassigned").hasSize(2);
    assertThat(host.tasks(OD_TRAINER, Forms.WORKSHOP_ATTENDANCE)).hasSize(2);
    host.flipside.inbox().complete(Actor.of(fellow.guestId()), registers.get(0).id(),
        Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    assertThat(host.tasks(OD_TRAINER, Forms.WORKSHOP_ATTENDANCE)).as("taken by the first to answer").hasSize(1);
    for (TeamMember liaison : host.flipside.deliveryTeam().team(HR_ADMIN, programmeId)) {
      host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, liaison.appointmentId());
    }
    assertThat(host.tasks(fellow.guestId(), Forms.WORKSHOP_ATTENDANCE)).isEmpty();
    assertThat(host.tasks(OD_TRAINER, Forms.WORKSHOP_ATTENDANCE)).isEmpty();
    host.complete(HR, Forms.WORKSHOP_ATTENDANCE, Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    assertThat(host.flipside.events().attendance(HR_ADMIN, programmeId))
        .filteredOn(register -> register.kind() == EventKind.MENTOR_KICK_OFF
            || register.kind() == EventKind.MENTEE_KICK_OFF)
        .hasSize(2).allSatisfy(register -> assertThat(register.recorded()).isTrue());
  }

  private PlannedEvent kickOff(String programmeId, EventKind kind) {
    return host.flipside.events().events(HR_ADMIN, programmeId).stream().filter(event -> event.kind() == kind)
        .findFirst().orElseThrow();
  }

  @Test
  void aContactAppointedWhileTheWindowIsOpenGetsACampaignStepThatEndsWithTheWindow() {
    String programmeId = host.createPilot();
    host.organisation.add(COMMS, 6, "Band 6", "Communications", CEO);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.passTime(Duration.ofDays(2));

    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT, COMMS);
    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).as("appointed after the campaign opened").hasSize(1);
    host.complete(COMMS, Forms.RECRUITMENT_CAMPAIGN, Map.of(Vars.CAMPAIGN_CHANNELS.name(), List.of("intranet")));
    Guest agency = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Kit Lee", "kit@comms-agency.example", "Comms Agency"));
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT,
        agency.guestId());
    assertThat(host.tasks(agency.guestId(), Forms.RECRUITMENT_CAMPAIGN)).as("after the others' steps ended")
        .hasSize(1);
    assertThat(host.tasks(COMMS, Forms.RECRUITMENT_CAMPAIGN)).as("no second step for the first").isEmpty();
    host.apply(FINANCE_1, "mentor", Map.of());
    host.apply(DIR_OPS, "mentee", Map.of());

    host.passTime(Duration.ofDays(13));
    assertThat(host.tasks(agency.guestId(), Forms.RECRUITMENT_CAMPAIGN)).as("the window closed: it ended").isEmpty();
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    TeamMember late = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT,
        OPS_2);
    assertThat(late.role()).isEqualTo(DeliveryRole.COMMUNICATIONS_CONTACT);
    assertThat(host.tasks(OPS_2, Forms.RECRUITMENT_CAMPAIGN)).as("appointed once the window closed: none").isEmpty();
  }

  @Test
  void appointmentsWithdrawalsAndGuestsAreInTheAuditTrail() {
    String programmeId = host.createPilot();
    Instant from = host.clock.instant();
    Guest trainer = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Sam Okafor", "sam@training.example", "Inclusive Training Ltd"));
    TeamMember provider = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.TRAINING_PROVIDER,
        trainer.guestId());
    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, provider.appointmentId());
    host.organisation.grant(MGR_OPS, FlipsideRoles.HR_ADMIN);
    host.flipside.programmes().appoint(HR_ADMIN, programmeId, Steward.PROGRAMME_MANAGER, MGR_OPS);

    assertThat(host.flipside.deliveryTeam().team(HR_ADMIN, programmeId)).isEmpty();
    List<AuditEntry> trail = host.flipside.privacy().auditTrail(HR_ADMIN, from, host.clock.instant().plusSeconds(1));
    // one simulated instant: the trail does not order what happened within it
    assertThat(trail).extracting(AuditEntry::action, AuditEntry::subjectId).containsExactlyInAnyOrder(
        tuple(AuditAction.REGISTER_GUEST, trainer.guestId()),
        tuple(AuditAction.APPOINT, provider.appointmentId()),
        tuple(AuditAction.WITHDRAW_APPOINTMENT, provider.appointmentId()),
        tuple(AuditAction.APPOINT, MGR_OPS));
    assertThat(trail).allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(HR));
  }

  @Test
  void badInputNamesEachFieldAndChangesNothing() {
    String programmeId = host.createPilot();
    assertThat(refusal(() -> host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, null, "nobody-here")))
        .extracting(FieldError::field).containsExactly("role", "personId");
    assertThat(refusal(() -> host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.SPEAKER,
        "flipside-guest-never-issued"))).extracting(FieldError::field).containsExactly("personId");
    assertThat(refusal(() -> host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest(" ", "not-an-address", "x".repeat(201)))))
        .extracting(FieldError::field).containsExactly("name", "organisation", "email");
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT, OPS_2);
    assertThat(refusal(() -> host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId,
        DeliveryRole.COMMUNICATIONS_CONTACT, OPS_2))).singleElement().extracting(FieldError::problem).asString()
        .contains("already a communications contact");
    assertThat(host.flipside.deliveryTeam().team(HR_ADMIN, programmeId)).hasSize(1);
  }

  /** The fields a call was refused for: it must throw a {@link ValidationException}. */
  private static List<FieldError> refusal(ThrowingCallable call) {
    ValidationException refused = catchThrowableOfType(ValidationException.class, call);
    assertThat(refused).as("the call is refused").isNotNull();
    return refused.errors();
  }

  private List<String> bodiesOf(String recipientId, String topic) {
    return host.notifier.delivered().stream()
        .filter(n -> n.recipientId().equals(recipientId) && n.topic().equals(topic))
        .map(Notification::body).toList();
  }
}
