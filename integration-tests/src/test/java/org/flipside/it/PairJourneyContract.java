package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.flipside.api.PartnershipStatus;
import org.flipside.api.PartnerRole;
import org.flipside.api.MeetingFrequency;
import org.flipside.api.MeetingFormat;
import org.flipside.api.AgreementStatus;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AgreementTerms;
import org.flipside.api.AgreementVersion;
import org.flipside.api.FieldError;
import org.flipside.api.FlipsideException;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.Partnership;
import org.flipside.api.PulseFigure;
import org.flipside.api.PulseQuestionResult;
import org.flipside.api.PulseResults;
import org.flipside.api.Reflection;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.junit.jupiter.api.Test;

/**
 * A pair's journey through Flipside's API alone: the agreement from the programme's template,
 * confirmed by both and changed later; sessions that leave no trace of what was said; private
 * reflections only their author reads; the arranger's reminder with an invite; the manager's
 * check-in after two missed periods; the midpoint pulse, stored without names.
 */
abstract class PairJourneyContract extends HostedContract {

  /** Sessions start on 2027-03-01; a period lasts a month. */
  private static final Instant FIRST_PERIOD_ENDS = Instant.parse("2027-04-01T00:00:00Z");

  @Test
  void theAgreementStartsFromTheProgrammesTemplateAndHoldsOnceBothPartnersConfirm() {
    pairsInSessions(Map.of(Vars.AGREEMENT_ARRANGER.name(), "mentor", Vars.AGREEMENT_MEETING_FORMAT.name(), "in-person",
        Vars.AGREEMENT_BOUNDARIES.name(), "No names of colleagues outside the pair"), false);

    OpenTask draft = host.task(DIR_OPS, Forms.LEARNING_AGREEMENT);
    assertThat(draft.data()).containsEntry(Vars.ARRANGER.name(), "mentor").containsEntry(Vars.MEETING_FORMAT.name(), "in-person")
        .containsEntry(Vars.FREQUENCY.name(), "P1M").containsEntry(Vars.PROTECTED_TIME.name(), true)
        .containsEntry(Vars.BOUNDARIES.name(), "No names of colleagues outside the pair");
    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true,
        Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee", Vars.PROTECTED_TIME.name(), true));
    String pairingId = pairingOf(DIR_OPS);
    assertThat(versions(DIR_OPS, pairingId)).singleElement().satisfies(version -> {
      assertThat(version.status()).isEqualTo(AgreementStatus.DRAFT);
      assertThat(version.menteeConfirmedAt()).isNotNull();
      assertThat(version.mentorConfirmedAt()).isNull();
    });

    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));

    assertThat(versions(FINANCE_1, pairingId)).singleElement().satisfies(version -> {
      assertThat(version.status()).isEqualTo(AgreementStatus.CONFIRMED);
      assertThat(version.mentorConfirmedAt()).isNotNull();
      assertThat(version.terms().arranger()).isEqualTo(PartnerRole.MENTEE);
      assertThat(version.terms().boundaries()).as("left as the template filled it in")
          .isEqualTo("No names of colleagues outside the pair");
    });
    assertThat(versions(HR, pairingId)).as("the programme manager follows the agreement").hasSize(1);
    assertThatThrownBy(() -> versions(OPS_1, pairingId)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void thePartnersRequestedChangesReachTheDrafterWhoRedraftsWithThemInView() {
    pairsInSessions(Map.of(), false);
    String asked = "Changes-marker-5b2a: could we meet in person, and could you send the invitations?";
    assertThat(host.task(DIR_OPS, Forms.LEARNING_AGREEMENT).data()).as("nothing asked before the first draft")
        .doesNotContainKey(Vars.REQUESTED_CHANGES.name());
    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true,
        Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee",
        Vars.PROTECTED_TIME.name(), true));

    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "change",
        Vars.REQUESTED_CHANGES.name(), asked));

    OpenTask redraft = host.task(DIR_OPS, Forms.LEARNING_AGREEMENT);
    assertThat(redraft.data()).containsEntry(Vars.REQUESTED_CHANGES.name(), asked);
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "Changes-marker-5b2a"))
        .extracting(String::toLowerCase)
        .as("in Flipside's table alone, never in the engine").containsExactly("fs_learning_agreement.requested_changes");
    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true,
        Vars.MEETING_FORMAT.name(), "in-person", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee",
        Vars.PROTECTED_TIME.name(), true));
    assertThat((String) host.task(FINANCE_1, Forms.CONFIRM_AGREEMENT).data().get(Vars.AGREEMENT_SUMMARY.name()))
        .contains("meet in-person");
  }

  @Test
  void anAgreementThatLeavesTheInvitationsToTheJuniorPartnerOrDropsProtectedTimeTellsTheManager() {
    pairsInSessions(Map.of(), false);
    host.agree(MGR_FINANCE, OPS_1);
    assertThat(host.notifier.recipientsOf(NotificationTopics.AGREEMENT_SAFEGUARD_DROPPED))
        .as("the template's safeguards kept").isEmpty();

    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true,
        Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentor",
        Vars.PROTECTED_TIME.name(), false));
    assertThat(host.notifier.recipientsOf(NotificationTopics.AGREEMENT_SAFEGUARD_DROPPED))
        .as("not before the partner confirms").isEmpty();
    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));

    assertThat(host.notifier.delivered()).filteredOn(n -> n.topic().equals(NotificationTopics.AGREEMENT_SAFEGUARD_DROPPED))
        .singleElement().satisfies(n -> {
          assertThat(n.recipientId()).isEqualTo(HR);
          assertThat(n.body()).contains("Employee finance-1 and Employee dir-ops")
              .contains("the mentor, the junior partner, now sends the meeting invitations")
              .contains("no longer meet in protected work time");
        });
  }

  @Test
  void aChangeDuringTheSessionsIsANewVersionThatHoldsOnlyOnceThePartnerConfirmsIt() {
    pairsInSessions(Map.of(), true);
    String pairingId = pairingOf(FINANCE_1);

    AgreementVersion proposed = host.flipside.learningAgreements().proposeChange(Actor.of(FINANCE_1), pairingId,
        terms(true, MeetingFormat.IN_PERSON, MeetingFrequency.EVERY_TWO_WEEKS));
    assertThat(proposed.version()).isEqualTo(2);
    assertThat(proposed.status()).isEqualTo(AgreementStatus.DRAFT);
    assertThat((String) host.task(DIR_OPS, Forms.CONFIRM_AGREEMENT).data().get(Vars.AGREEMENT_SUMMARY.name()))
        .contains("proposes a change").contains("meet in-person, every P2W");
    assertThatThrownBy(() -> host.flipside.learningAgreements().proposeChange(Actor.of(DIR_OPS), pairingId,
        terms(true, MeetingFormat.PHONE, MeetingFrequency.EVERY_MONTH))).isInstanceOf(FlipsideException.class).hasMessageContaining("still waits");

    host.complete(DIR_OPS, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));

    assertThat(versions(DIR_OPS, pairingId)).extracting(AgreementVersion::version, AgreementVersion::status)
        .containsExactly(tuple(1, AgreementStatus.SUPERSEDED), tuple(2, AgreementStatus.CONFIRMED));
    assertThat(host.notifier.recipientsOf(NotificationTopics.AGREEMENT_CHANGE_CONFIRMED)).containsExactly(FINANCE_1);

    host.flipside.learningAgreements().proposeChange(Actor.of(DIR_OPS), pairingId, terms(true, MeetingFormat.PHONE, MeetingFrequency.EVERY_MONTH));
    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "change"));

    assertThat(versions(DIR_OPS, pairingId)).extracting(AgreementVersion::status)
        .containsExactly(AgreementStatus.SUPERSEDED, AgreementStatus.CONFIRMED, AgreementStatus.DECLINED);
    assertThat(host.notifier.recipientsOf(NotificationTopics.AGREEMENT_CHANGE_DECLINED)).containsExactly(DIR_OPS);
    assertThat(host.tasks(DIR_OPS, Forms.LOG_SESSION)).as("the sessions went on meanwhile").hasSize(1);
  }

  @Test
  void aBadOrForeignChangeIsRefusedAndChangesNothing() {
    pairsInSessions(Map.of(), true);
    String pairingId = pairingOf(FINANCE_1);

    assertThatThrownBy(() -> host.flipside.learningAgreements().proposeChange(Actor.of(FINANCE_1), pairingId,
        terms(false, null, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder(Vars.CONFIDENTIALITY_AGREED.name(), Vars.MEETING_FORMAT.name(), Vars.FREQUENCY.name()));
    assertThatThrownBy(() -> host.flipside.learningAgreements().proposeChange(Actor.of(OPS_1), pairingId,
        terms(true, MeetingFormat.ONLINE, MeetingFrequency.EVERY_MONTH))).isInstanceOf(AccessDeniedException.class);

    assertThat(versions(FINANCE_1, pairingId)).extracting(AgreementVersion::status).containsExactly(AgreementStatus.CONFIRMED);
    assertThat(host.tasks(DIR_OPS, Forms.CONFIRM_AGREEMENT)).isEmpty();
  }

  @Test
  void whoeverArrangesTheMeetingsIsRemindedAWeekBeforeThePeriodEndsWithAnInviteToSend() throws Exception {
    pairsInSessions(Map.of(), true);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(MGR_FINANCE, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));

    host.passTimeTo(Instant.parse("2027-03-25T09:00:00Z"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_REMINDER))
        .as("only the pair with no session yet; its mentee arranges the meetings").containsExactly(DIR_OPS);
    List<CalendarInvite> invites = host.calendar.delivered().stream()
        .filter(invite -> invite.eventUid().startsWith("flipside-session-")).toList();
    assertThat(invites).singleElement().satisfies(invite -> {
      assertThat(invite.recipientId()).isEqualTo(DIR_OPS);
      assertThat(invite.start()).as("no availability declared: the next working day at 10:00 UTC")
          .isEqualTo(Instant.parse("2027-03-26T10:00:00Z"));
      assertThat(invite.end()).isEqualTo(Instant.parse("2027-03-26T11:00:00Z"));
      assertThat(invite.location()).isEqualTo("Online");
      Calendar calendar = new CalendarBuilder().build(new StringReader(invite.iCalendar()));
      VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
      assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
          .isEqualTo("urn:flipside:employee:" + DIR_OPS);
      assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("Employee finance-1");
      List<Property> attendees = event.getProperties(Property.ATTENDEE);
      assertThat(attendees).extracting(Property::getValue).as("both partners named")
          .containsExactly("urn:flipside:employee:" + DIR_OPS, "urn:flipside:employee:" + FINANCE_1);
    });
    assertThat(host.tasks(DIR_OPS, Forms.LOG_SESSION)).as("the session can still be logged").hasSize(1);
  }

  @Test
  void twoMissedPeriodsInARowOpenACheckInWhereTheManagerKeepsOnePairAndEndsTheOther() {
    pairsInSessions(Map.of(Vars.DURATION_MONTHS.name(), 4), true);

    host.passTimeTo(FIRST_PERIOD_ENDS.plusSeconds(3600));
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_MISSED))
        .containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);
    assertThat(host.tasks(HR, Forms.PAIR_CHECK_IN)).as("one missed period is not yet a pattern").isEmpty();
    host.passTimeTo(Instant.parse("2027-05-01T01:00:00Z"));

    List<OpenTask> checkIns = host.tasks(HR, Forms.PAIR_CHECK_IN);
    assertThat(checkIns).hasSize(2).allSatisfy(task ->
        assertThat((String) task.data().get(Vars.CHECK_IN_SUMMARY.name())).contains("2 periods in a row"));
    OpenTask first = checkIns.stream()
        .filter(task -> ((String) task.data().get(Vars.CHECK_IN_SUMMARY.name())).contains("Employee dir-ops")).findFirst().orElseThrow();
    OpenTask second = checkIns.stream().filter(task -> task != first).findFirst().orElseThrow();
    host.flipside.inbox().complete(Actor.of(HR), first.id(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "continue"));
    host.flipside.inbox().complete(Actor.of(HR), second.id(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "end"));

    assertThat(host.tasks(DIR_OPS, Forms.LOG_SESSION)).as("the kept pair's third period").hasSize(1);
    assertThat(host.tasks(MGR_FINANCE, Forms.LOG_SESSION)).isEmpty();
    assertThat(host.notifier.recipientsOf(NotificationTopics.PAIRING_ENDED_AFTER_CHECK_IN)).containsExactlyInAnyOrder(MGR_FINANCE, OPS_1);
    assertThat(host.flipside.learningAgreements().partnerships(Actor.of(OPS_1)))
        .extracting(Partnership::status).containsExactly(PartnershipStatus.ENDED_EARLY);
  }

  @Test
  void bothPartnersAnswerAPulseAtTheMidpointAndTheAnswersCarryNoName() {
    pairsInSessions(Map.of(), true);
    host.passTimeTo(FIRST_PERIOD_ENDS.plusSeconds(3600));

    for (String partner : List.of(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1)) {
      host.complete(partner, Forms.PULSE_SURVEY, Map.of(Vars.PAIRING_WORKING.name(), 4, Vars.SPEAK_OPENLY.name(), 5,
          Vars.CONFIDENCE_TALKING_PULSE.name(), 3));
    }

    assertThat(host.database.count("fs_survey_pending", "kind = 'PULSE'"))
        .as("waiting, sealed, to be written among others").isEqualTo(4);
    assertThat(host.database.count("fs_survey_response", "kind = 'PULSE'")).isZero();
    for (String partner : List.of(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1)) {
      assertThat(DatabaseScan.placesHolding(host.database.dataSource(), partner))
          .as("where %s's id is kept", partner).noneMatch(place -> place.toLowerCase().startsWith("fs_survey_response"));
    }
    assertThatThrownBy(() -> host.complete(DIR_OPS, Forms.PULSE_SURVEY, Map.of()))
        .as("each partner answers once").isInstanceOf(AssertionError.class);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(host.database.count(table, "NAME_ IN ('pairingWorking', 'speakOpenly', 'confidenceTalking')"))
          .as("pulse answers in %s", table).isZero();
    }
  }

  @Test
  void pulseResultsGoToTheManagerAsFiguresForGroupsNoSmallerThanTheThreshold() {
    String programmeId = pairsInSessions(Map.of(), true);
    host.passTimeTo(FIRST_PERIOD_ENDS.plusSeconds(3600));
    long countedBefore = host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses();
    host.complete(DIR_OPS, Forms.PULSE_SURVEY, pulse(4, 5, 3));
    host.complete(MGR_FINANCE, Forms.PULSE_SURVEY, pulse(2, 5, 3));
    host.complete(FINANCE_1, Forms.PULSE_SURVEY, pulse(5, 4, 4));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses())
        .as("the status counts no answer while the pulse is open").isEqualTo(countedBefore);
    host.database.execute("UPDATE fs_programme SET anonymity_threshold = 1 WHERE id = '" + programmeId + "'");

    PulseResults open = host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 1);
    assertThat(open.stillOpen()).as("ops-1 can still answer").isTrue();
    assertThat(open.questions()).as("no figure while one more answer would move it")
        .flatExtracting(PulseQuestionResult::mentors, PulseQuestionResult::mentees, PulseQuestionResult::allPartners)
        .containsOnly(PulseFigure.withheld());

    host.passTimeTo(Instant.parse("2027-05-01T01:00:00Z"));
    host.database.execute("UPDATE fs_programme SET anonymity_threshold = 5 WHERE id = '" + programmeId + "'");
    PulseResults closed = host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 1);
    assertThat(closed.stillOpen()).as("the two-month sessions ended, the cohort's closing date for the pulse")
        .isFalse();
    assertThat(closed.anonymityThreshold()).as("the default").isEqualTo(5);
    assertThat(closed.questions()).as("three answers, fewer than five")
        .flatExtracting(PulseQuestionResult::mentors, PulseQuestionResult::mentees, PulseQuestionResult::allPartners)
        .containsOnly(PulseFigure.withheld());
    assertThat(closed.questions()).extracting(PulseQuestionResult::key)
        .containsExactly(Vars.PAIRING_WORKING.name(), Vars.SPEAK_OPENLY.name(), Vars.CONFIDENCE_TALKING_PULSE.name());
  }

  @Test
  void pulseResultsAreForTheManagerAndHrAdminsAndRefuseBadInput() {
    String programmeId = pairsInSessions(Map.of(), true);

    for (String other : List.of(TestOrganisation.CEO, DIR_OPS, FINANCE_1)) {
      assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(other), programmeId, 1))
          .as("%s reads the pulse", other).isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 0))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cohortNumber"));
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(HR), " ", 1))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(Vars.PROGRAMME_ID.name()));
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 2))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("no cohort 2");
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(HR), "no-such-programme", 1))
        .isInstanceOf(NotFoundException.class);
    assertThat(host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 1).questions())
        .as("nobody has answered yet").hasSize(3).allSatisfy(question ->
            assertThat(question.allPartners()).isEqualTo(PulseFigure.withheld()));
  }

  @Test
  void sessionsAndReflectionsLeaveNoConversationInTheDatabaseOrTheLogs() {
    pairsInSessions(Map.of(), true);
    String pairingId = pairingOf(DIR_OPS);
    String said = "We talked about the shortlisting panel at Northgate " + System.nanoTime();
    String reflected = "I felt defensive when we discussed the panel " + System.nanoTime();
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    Reflection kept;

    try (ConsoleCapture console = new ConsoleCapture()) {
      Map<String, Object> withNotes = new HashMap<>(FlipsideHost.session("2027-03-09"));
      withNotes.put("notes", said);
      assertThatThrownBy(() -> host.complete(DIR_OPS, Forms.LOG_SESSION, withNotes))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("notes"));
      host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09"));
      kept = host.flipside.reflections().write(Actor.of(DIR_OPS), pairingId, reflected);
      assertThat(host.flipside.reflections().read(Actor.of(DIR_OPS), kept.id()).text()).isEqualTo(reflected);
      assertThat(host.flipside.reflections().mine(Actor.of(DIR_OPS), pairingId)).extracting(Reflection::text)
          .containsExactly(reflected);

      assertThat(console.text()).doesNotContain(said).doesNotContain(reflected);
    }

    assertThat(DatabaseScan.tableCount(host.database.dataSource())).as("Flipside's and the engine's tables")
        .isGreaterThan(40);
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), said)).isEmpty();
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), reflected)).isEmpty();
    assertThat(storedCiphertext(kept.id())).doesNotContain(reflected).isNotEmpty();

    for (String other : List.of(FINANCE_1, HR)) {
      assertThatThrownBy(() -> host.flipside.reflections().read(Actor.of(other), kept.id()))
          .as("%s reads %s's reflection", other, DIR_OPS).isInstanceOf(AccessDeniedException.class);
      assertThat(host.flipside.reflections().mine(Actor.of(other), pairingId)).isEmpty();
    }
    assertThatThrownBy(() -> host.flipside.reflections().write(Actor.of(HR), pairingId, "a note"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.reflections().write(Actor.of(DIR_OPS), pairingId, " "))
        .isInstanceOf(ValidationException.class);
  }

  // ------------------------------------------------------------------ helpers

  /** The pilot's two pairs in their first session period; with {@code agreed}, both agreements confirmed. */
  private String pairsInSessions(Map<String, Object> scopeChanges, boolean agreed) {
    String programmeId = host.pilotAwaitingMatchReview(scopeChanges);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    if (agreed) {
      host.agree(DIR_OPS, FINANCE_1);
      host.agree(MGR_FINANCE, OPS_1);
    }
    return programmeId;
  }

  private static Map<String, Object> pulse(int pairingWorking, int speakOpenly, int confidenceTalking) {
    return Map.of(Vars.PAIRING_WORKING.name(), pairingWorking, Vars.SPEAK_OPENLY.name(), speakOpenly, Vars.CONFIDENCE_TALKING_PULSE.name(), confidenceTalking);
  }

  private String pairingOf(String employeeId) {
    List<Partnership> partnerships = host.flipside.learningAgreements().partnerships(Actor.of(employeeId));
    assertThat(partnerships).singleElement().extracting(Partnership::status).isEqualTo(PartnershipStatus.ACTIVE);
    return partnerships.get(0).pairingId();
  }

  private List<AgreementVersion> versions(String actor, String pairingId) {
    return host.flipside.learningAgreements().versions(Actor.of(actor), pairingId);
  }

  private static AgreementTerms terms(boolean confidential, MeetingFormat format, MeetingFrequency frequency) {
    return new AgreementTerms(confidential, null, format, frequency, PartnerRole.MENTEE, true);
  }

  /** The reflection's ciphertext as the database holds it, decoded from base64. */
  private String storedCiphertext(String reflectionId) {
    try (Connection connection = host.database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "select ciphertext from fs_private_reflection where id = '" + reflectionId + "'")) {
      assertThat(row.next()).isTrue();
      return new String(Base64.getDecoder().decode(row.getString(1)), StandardCharsets.UTF_8);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
