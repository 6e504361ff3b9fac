package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_2;
import static org.flipside.it.TestOrganisation.WELSH_READER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.AuditEntry;
import org.flipside.api.DeliveryRole;
import org.flipside.api.FieldError;
import org.flipside.api.Guest;
import org.flipside.api.MatchedPair;
import org.flipside.api.NewGuest;
import org.flipside.api.OpenTask;
import org.flipside.api.TeamMember;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * Coaching throughout, as Arden &amp; GEM ran it for the Chief Pharmacy Office, through Flipside's API alone: a partner
 * asks, each of the programme's coaches is told and offered the request, one arranges a session and the partner is
 * told; the coach and the partner get a calendar invite; the note stays in Flipside's table for the coaches alone; a
 * coach withdrawn or gone strands no request, and a session still to come is cancelled in both calendars, once, when
 * its pairing ends or its coach is withdrawn; a programme without a coach refuses the request, naming the problem.
 */
abstract class CoachingContract extends HostedContract {

  /** A coach from the OD team, who takes part in no cohort. */
  private static final String OD_COACH = "od-coach";
  private static final String NOTE = "I want to practise giving my director feedback before our next session";
  private static final Actor HR_ADMIN = Actor.of(HR);

  @Test
  void aPartnerAsksACoachArrangesASessionAndThePartnerIsTold() {
    String programmeId = host.pilotInSessions();
    Instant from = host.clock.instant();
    host.organisation.add(OD_COACH, 7, "Band 7", "Organisational development", CEO);
    Guest external = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Ruth Adeyemi", "ruth@coaching.example", "Adeyemi Coaching"));
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OD_COACH);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, external.guestId());
    String pairing = pairingOf(programmeId, DIR_OPS);

    assertThatThrownBy(() -> host.flipside.pairSupport().askForCoaching(Actor.of(OPS_2), pairing, NOTE))
        .as("only the pair's own partners may ask").isInstanceOf(AccessDeniedException.class);
    assertThat(refusal(() -> host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairing,
        "x".repeat(501)))).extracting(FieldError::field).containsExactly("note");
    assertThat(host.tasks(OD_COACH, Forms.COACHING_REQUEST)).as("a refused request opens nothing").isEmpty();
    List<String> partnersSteps = formsOf(FINANCE_1);
    int toldPartner = host.notifier.delivered().size();

    host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairing, NOTE);

    assertThat(host.notifier.recipientsOf(NotificationTopics.COACHING_REQUESTED))
        .containsExactlyInAnyOrder(OD_COACH, external.guestId());
    assertThat(bodiesOf(OD_COACH, NotificationTopics.COACHING_REQUESTED)).singleElement().asString()
        .startsWith("Employee dir-ops asks for coaching.").doesNotContain("feedback");
    OpenTask offer = host.task(OD_COACH, Forms.COACHING_REQUEST);
    assertThat(offer.programmeId()).isEqualTo(programmeId);
    assertThat(offer.data())
        .containsEntry(Vars.COACHING_REQUESTER_NAME.name(), "Employee dir-ops")
        .containsEntry(Vars.COACHING_PAIRING.name(),
            "Employee finance-1 (mentor) and Employee dir-ops (mentee), in Board reverse mentoring pilot")
        .containsEntry(Vars.COACHING_NOTE.name(), NOTE);
    assertThat(host.tasks(external.guestId(), Forms.COACHING_REQUEST)).as("offered to each coach").hasSize(1);
    for (String notACoach : List.of(HR, CEO, MGR_OPS)) {
      assertThat(host.tasks(notACoach, Forms.COACHING_REQUEST)).as("%s is not offered it", notACoach).isEmpty();
    }
    assertThat(formsOf(FINANCE_1)).as("nothing new for the partner").isEqualTo(partnersSteps);
    assertThat(host.notifier.delivered().subList(toldPartner, host.notifier.delivered().size()))
        .as("the partner is not told").noneMatch(message -> message.recipientId().equals(FINANCE_1));
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), NOTE)).extracting(String::toLowerCase)
        .as("the note is in Flipside's own table alone, not in the engine's")
        .containsExactly("fs_coaching_request.note");

    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(OD_COACH), offer.id(), arranged("2027-03-10",
        "2pm")))).extracting(FieldError::field).containsExactly(Vars.COACHING_TIME.name());
    assertThat(refusal(() -> host.flipside.inbox().complete(Actor.of(OD_COACH), offer.id(), arranged("2027-02-01",
        "14:30")))).as("a session in the past").extracting(FieldError::field)
        .containsExactly(Vars.COACHING_ON.name());
    host.flipside.inbox().complete(Actor.of(OD_COACH), offer.id(), arranged("2027-03-10", "14:30"));

    assertThat(host.tasks(external.guestId(), Forms.COACHING_REQUEST)).as("the first to answer takes it").isEmpty();
    assertThat(host.notifier.delivered()).filteredOn(message -> message.topic().equals(
        NotificationTopics.COACHING_ANSWERED)).singleElement().satisfies(told -> {
          assertThat(told.recipientId()).isEqualTo(DIR_OPS);
          assertThat(told.body()).startsWith("Employee od-coach will coach you on").endsWith("UTC.");
          assertThat(told.parameters()).containsEntry("startsAt", "2027-03-10T14:30:00Z");
        });
    List<CalendarInvite> invites = coachingInvites();
    assertThat(invites).extracting(CalendarInvite::recipientId)
        .as("the coach and the partner who asked, not the other partner nor the other coach")
        .containsExactlyInAnyOrder(OD_COACH, DIR_OPS);
    for (CalendarInvite invite : invites) {
      assertThat(invite.method()).isEqualTo(CalendarInvite.Method.REQUEST);
      VEvent session = SeedReplay.vevent(invite);
      assertThat(SeedReplay.value(session, Property.DTSTART)).isEqualTo("20270310T143000Z");
      assertThat(SeedReplay.value(session, Property.DTEND)).isEqualTo("20270310T153000Z");
      assertThat(SeedReplay.value(session, Property.SUMMARY))
          .isEqualTo("Board reverse mentoring pilot: coaching session");
      assertThat(SeedReplay.value(session, Property.DESCRIPTION)).as("no note, nothing the partner wrote")
          .startsWith("A coaching session, arranged in answer to a request").doesNotContain("feedback", "director");
      assertThat(SeedReplay.value(session, Property.ORGANIZER)).isEqualTo("urn:flipside:employee:" + OD_COACH);
      assertThat(SeedReplay.attendees(session)).containsExactlyInAnyOrder(
          "urn:flipside:employee:" + OD_COACH, "urn:flipside:employee:" + DIR_OPS);
      assertThat(names(session)).as("attendees named").containsExactlyInAnyOrder("Employee od-coach",
          "Employee dir-ops");
      assertThat(invite.iCalendar()).doesNotContain(FINANCE_1);
    }
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), NOTE)).as("erased once answered").isEmpty();
    assertThat(host.database.count("fs_coaching_request", "requested_by = '" + DIR_OPS + "' AND answered_by = '"
        + OD_COACH + "' AND outcome = 'ARRANGED' AND note IS NULL")).isEqualTo(1);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(host.database.count(table, "NAME_ IN ('coachingNote', 'coachingRequesterName', 'coachingPairing',"
          + " 'coachingOutcome', 'coachingOn', 'coachingTime')")).as("coaching details in %s", table).isZero();
    }
    assertThat(host.flipside.privacy().auditTrail(HR_ADMIN, from, host.clock.instant().plusSeconds(1)))
        .filteredOn(entry -> entry.action() == AuditAction.READ_COACHING_NOTE)
        .extracting(AuditEntry::actorId).as("each coach shown the note is in the trail").contains(OD_COACH);

    host.organisation.grant(MGR_OPS, FlipsideRoles.DATA_PROTECTION_OFFICER);
    assertThat(host.flipside.privacy().export(Actor.of(MGR_OPS), DIR_OPS).json())
        .contains("coachingRequests", "ARRANGED");
    assertThat(host.flipside.privacy().export(Actor.of(MGR_OPS), OD_COACH).json())
        .contains("coachingAnswered", "ARRANGED");
  }

  @Test
  void eachInviteToAnArrangedSessionIsInItsRecipientsLanguageAndAGuestCoachIsNamedByTheirAddress() {
    String programmeId = host.pilotInSessions();
    Guest external = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Ruth Adeyemi", "ruth@coaching.example", "Adeyemi Coaching"));
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, WELSH_READER);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, external.guestId());
    host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairingOf(programmeId, DIR_OPS), NOTE);
    host.complete(WELSH_READER, Forms.COACHING_REQUEST, arranged("2027-03-10", "09:00"));
    host.flipside.pairSupport().askForCoaching(Actor.of(MGR_FINANCE), pairingOf(programmeId, MGR_FINANCE), NOTE);
    host.complete(external.guestId(), Forms.COACHING_REQUEST, arranged("2027-03-11", "16:15"));

    assertThat(coachingInvites()).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrder(WELSH_READER, DIR_OPS, external.guestId(), MGR_FINANCE);
    assertThat(coachingInvites()).filteredOn(invite -> invite.recipientId().equals(WELSH_READER)).singleElement()
        .satisfies(invite -> assertThat(SeedReplay.value(SeedReplay.vevent(invite), Property.SUMMARY))
            .isEqualTo("Board reverse mentoring pilot: sesiwn hyfforddi"));
    assertThat(coachingInvites()).filteredOn(invite -> invite.recipientId().equals(DIR_OPS)).singleElement()
        .satisfies(invite -> assertThat(SeedReplay.value(SeedReplay.vevent(invite), Property.SUMMARY))
            .isEqualTo("Board reverse mentoring pilot: coaching session"));
    assertThat(coachingInvites()).filteredOn(invite -> invite.recipientId().equals(external.guestId()))
        .singleElement().satisfies(invite -> {
          VEvent session = SeedReplay.vevent(invite);
          assertThat(SeedReplay.value(session, Property.DTSTART)).isEqualTo("20270311T161500Z");
          assertThat(SeedReplay.value(session, Property.ORGANIZER)).isEqualTo("urn:flipside:employee:" + MGR_FINANCE);
          assertThat(SeedReplay.attendees(session)).containsExactlyInAnyOrder(
              "urn:flipside:employee:" + MGR_FINANCE, "mailto:ruth@coaching.example");
          assertThat(names(session)).containsExactlyInAnyOrder("Employee mgr-finance", "Ruth Adeyemi");
          assertThat(invite.iCalendar()).as("a guest's id is no address").doesNotContain(external.guestId());
        });
  }

  @Test
  void aProgrammeWithoutACoachRefusesTheRequestNamingTheProblem() {
    String programmeId = host.pilotInSessions();
    String pairing = pairingOf(programmeId, DIR_OPS);

    assertThat(refusal(() -> host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairing, NOTE)))
        .singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("pairingId");
          assertThat(error.problem()).contains("Board reverse mentoring pilot has no coach");
        });
    assertThat(host.database.count("fs_coaching_request")).as("nothing changes").isZero();
    assertThat(host.tasks(HR, Forms.COACHING_REQUEST)).isEmpty();
    assertThat(host.notifier.recipientsOf(NotificationTopics.COACHING_REQUESTED)).isEmpty();
  }

  @Test
  void aCoachWithdrawnOrGoneStrandsNoRequest() {
    String programmeId = host.pilotInSessions();
    host.organisation.add(OD_COACH, 7, "Band 7", "Organisational development", CEO);
    TeamMember odCoach = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OD_COACH);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OPS_2);
    host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairingOf(programmeId, DIR_OPS), "");
    assertThat(host.task(OD_COACH, Forms.COACHING_REQUEST).data()).containsEntry(Vars.COACHING_NOTE.name(), "(none)");

    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, odCoach.appointmentId());
    assertThat(host.tasks(OD_COACH, Forms.COACHING_REQUEST)).as("withdrawn: no longer offered").isEmpty();
    assertThat(host.tasks(OPS_2, Forms.COACHING_REQUEST)).as("the other coach still is").hasSize(1);

    host.flipside.hostEvents().employeeLeft(OPS_2);
    assertThat(host.tasks(OPS_2, Forms.COACHING_REQUEST)).isEmpty();
    assertThat(host.tasks(HR, Forms.COACHING_REQUEST)).as("no coach left: the programme manager holds it")
        .hasSize(1);

    Guest external = host.flipside.deliveryTeam().registerGuest(HR_ADMIN,
        new NewGuest("Ruth Adeyemi", "ruth@coaching.example", "Adeyemi Coaching"));
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, external.guestId());
    assertThat(host.tasks(HR, Forms.COACHING_REQUEST)).as("a new coach takes it back").isEmpty();
    host.complete(external.guestId(), Forms.COACHING_REQUEST, Map.of(Vars.COACHING_OUTCOME.name(), "referred"));

    assertThat(bodiesOf(HR, NotificationTopics.COACHING_REQUESTED)).singleElement().asString()
        .isEqualTo("A coach handed Employee dir-ops’s request for coaching to you. Please get in touch with them.");
    assertThat(bodiesOf(DIR_OPS, NotificationTopics.COACHING_ANSWERED)).singleElement().asString()
        .contains("handed to the programme manager");
    assertThat(host.database.count("fs_coaching_request", "outcome = 'REFERRED' AND answered_by = '"
        + external.guestId() + "' AND session_at IS NULL")).isEqualTo(1);
  }

  @Test
  void anArrangedSessionStillToComeIsCancelledInBothCalendarsWhenThePairingEnds() {
    String programmeId = host.pilotInSessions();
    TeamMember odCoach = appointOdCoach(programmeId);
    arrangeASessionFor(programmeId, DIR_OPS, OD_COACH);

    host.flipside.hostEvents().employeeLeft(FINANCE_1);

    assertCancelledOnceFor(OD_COACH, DIR_OPS);
    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, odCoach.appointmentId());
    assertThat(coachingInvites()).as("cancelled once: the coach withdrawn later cancels nothing more").hasSize(4);
  }

  @Test
  void anArrangedSessionStillToComeIsCancelledInBothCalendarsWhenItsCoachIsWithdrawn() {
    String programmeId = host.pilotInSessions();
    TeamMember odCoach = appointOdCoach(programmeId);
    TeamMember otherCoach = host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OPS_2);
    arrangeASessionFor(programmeId, DIR_OPS, OD_COACH);

    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, otherCoach.appointmentId());
    assertThat(coachingInvites()).as("another coach withdrawn: the session stands").hasSize(2);
    host.flipside.deliveryTeam().withdraw(HR_ADMIN, programmeId, odCoach.appointmentId());

    assertCancelledOnceFor(OD_COACH, DIR_OPS);
    host.flipside.hostEvents().employeeLeft(FINANCE_1);
    assertThat(coachingInvites()).as("cancelled once: the pairing ending later cancels nothing more").hasSize(4);
  }

  @Test
  void erasingThePartnerWhoAskedEndsTheOpenRequestAndLeavesNothingOfIt() {
    String programmeId = host.pilotInSessions();
    host.organisation.add(OD_COACH, 7, "Band 7", "Organisational development", CEO);
    host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OD_COACH);
    host.flipside.pairSupport().askForCoaching(Actor.of(DIR_OPS), pairingOf(programmeId, DIR_OPS), NOTE);
    host.organisation.grant(MGR_OPS, FlipsideRoles.DATA_PROTECTION_OFFICER);
    assertThat(host.flipside.privacy().export(Actor.of(MGR_OPS), DIR_OPS).json()).contains("coachingRequests", NOTE);

    host.flipside.privacy().erase(Actor.of(MGR_OPS), DIR_OPS);

    assertThat(host.tasks(OD_COACH, Forms.COACHING_REQUEST)).as("the request ended with the pairing").isEmpty();
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), NOTE)).isEmpty();
    assertThat(host.database.count("fs_coaching_request", "requested_by = '" + DIR_OPS + "'")).isZero();
    assertThat(host.database.count("fs_coaching_request")).as("the request stays, no longer naming them")
        .isEqualTo(1);
  }

  private TeamMember appointOdCoach(String programmeId) {
    host.organisation.add(OD_COACH, 7, "Band 7", "Organisational development", CEO);
    return host.flipside.deliveryTeam().appoint(HR_ADMIN, programmeId, DeliveryRole.COACH, OD_COACH);
  }

  /** The partner asks for coaching and the coach arranges a session on 10 March 2027 at 14:30 UTC. */
  private void arrangeASessionFor(String programmeId, String partner, String coach) {
    host.flipside.pairSupport().askForCoaching(Actor.of(partner), pairingOf(programmeId, partner), "");
    host.complete(coach, Forms.COACHING_REQUEST, arranged("2027-03-10", "14:30"));
    assertThat(coachingInvites()).extracting(CalendarInvite::method).as("invited")
        .containsExactly(CalendarInvite.Method.REQUEST, CalendarInvite.Method.REQUEST);
  }

  /** The session's invite went out and was then cancelled, once, to the coach and the partner, under the same uid. */
  private void assertCancelledOnceFor(String coach, String partner) {
    List<CalendarInvite> invites = coachingInvites();
    assertThat(invites).hasSize(4);
    List<CalendarInvite> cancellations = invites.subList(2, 4);
    assertThat(cancellations).extracting(CalendarInvite::recipientId).containsExactlyInAnyOrder(coach, partner);
    for (CalendarInvite cancellation : cancellations) {
      assertThat(cancellation.method()).isEqualTo(CalendarInvite.Method.CANCEL);
      assertThat(cancellation.eventUid()).isEqualTo(invites.get(0).eventUid());
      VEvent session = SeedReplay.vevent(cancellation);
      assertThat(SeedReplay.value(session, Property.SEQUENCE)).as("replaces the invite").isEqualTo("1");
      assertThat(SeedReplay.value(session, Property.DTSTART)).isEqualTo("20270310T143000Z");
    }
    assertThat(host.database.count("fs_coaching_request",
        "outcome = 'ARRANGED' AND session_cancelled_at IS NOT NULL")).isEqualTo(1);
  }

  /** The invites to coaching sessions the host's calendar received, in the order they went out. */
  private List<CalendarInvite> coachingInvites() {
    return host.calendar.delivered().stream().filter(invite -> invite.eventUid().startsWith("flipside-coaching-"))
        .toList();
  }

  /** The names the invite gives its attendees. */
  private static List<String> names(VEvent session) {
    List<Property> attendees = session.getProperties(Property.ATTENDEE);
    return attendees.stream().map(attendee -> attendee.getParameter(Parameter.CN).orElseThrow().getValue()).toList();
  }

  private static Map<String, Object> arranged(String day, String time) {
    return Map.of(Vars.COACHING_OUTCOME.name(), "arranged", Vars.COACHING_ON.name(), day,
        Vars.COACHING_TIME.name(), time);
  }

  /** The fields a call was refused for: it must throw a {@link ValidationException}. */
  private static List<FieldError> refusal(ThrowingCallable call) {
    ValidationException refused = catchThrowableOfType(ValidationException.class, call);
    assertThat(refused).as("the call is refused").isNotNull();
    return refused.errors();
  }

  private List<String> formsOf(String employeeId) {
    return host.flipside.inbox().openTasks(Actor.of(employeeId)).stream().map(OpenTask::formId).toList();
  }

  private String pairingOf(String programmeId, String mentee) {
    return host.flipside.matchReview().matches(HR_ADMIN, programmeId).pairs().stream()
        .filter(pair -> pair.mentee().employeeId().equals(mentee))
        .map(MatchedPair::pairingId)
        .findFirst().orElseThrow();
  }

  private List<String> bodiesOf(String recipientId, String topic) {
    return host.notifier.delivered().stream()
        .filter(n -> n.recipientId().equals(recipientId) && n.topic().equals(topic))
        .map(Notification::body).toList();
  }
}
