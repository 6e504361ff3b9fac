package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AuditAction;
import org.flipside.api.AuditEntry;
import org.flipside.api.DeliveryRole;
import org.flipside.api.ErasureOutcome;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.Partnership;
import org.flipside.api.PersonalDataExport;
import org.flipside.api.Privacy;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.TeamMember;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's rights and the audit trail, through the API on the real engine and database: erasure mid-programme,
 * export, withdrawing consent, retention after a programme closes, and who read what.
 */
abstract class PrivacyContract extends HostedContract {

  /** The data protection officer: a manager who takes no part in the pilot. */
  private static final String DPO = MGR_OPS;
  private static final String REFLECTION = "Reflection-marker-5b1e: the board meeting made me think";
  private static final String CONCERN = "Concern-marker-93ac: a comment in the corridor";
  private static final String SUGGESTION = "Suggestion-marker-c40d: invite the disability network too";
  private static final Instant EVER = Instant.parse("2100-01-01T00:00:00Z");

  private Privacy privacy;

  @BeforeEach
  void appointTheDataProtectionOfficer() {
    host.organisation.grant(DPO, FlipsideRoles.DATA_PROTECTION_OFFICER);
    privacy = host.flipside.privacy();
  }

  @Test
  void anErasedParticipantLeavesNoTraceWhileTheProgrammeFinishesWithTheirPlaceStillCounted() {
    String programmeId = pilotWithSessionsLogged();
    String pairingId = pairingOf(FINANCE_1);
    host.flipside.reflections().write(Actor.of(FINANCE_1), pairingId, REFLECTION);
    host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, CONCERN);
    host.complete(EDI, Forms.ACKNOWLEDGE_CONCERN, Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), "Thank you"));
    host.complete(EDI, Forms.RESOLVE_CONCERN, Map.of(Vars.OUTCOME.name(), "Spoken to the team"));
    ProgrammeStatus before = host.flipside.programmes().status(Actor.of(HR), programmeId);
    assertThat(fsPlacesHolding(FINANCE_1)).as("before the erasure").isNotEmpty();

    assertThatThrownBy(() -> privacy.erase(Actor.of(OPS_1), FINANCE_1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.erase(Actor.of(DPO), "nobody-known"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("employeeId");
    ErasureOutcome outcome = privacy.erase(Actor.of(DPO), FINANCE_1);

    assertThat(outcome.closedPairingIds()).containsExactly(pairingId);
    assertThat(outcome.rowsErased()).isPositive();
    assertThat(fsPlacesHolding(FINANCE_1)).as("only the audit trail names them, by id, that they were erased")
        .allMatch(place -> place.startsWith("FS_AUDIT_ENTRY."));
    assertThat(fsPlacesHolding("Employee " + FINANCE_1)).isEmpty();
    assertThat(placesHolding("Reflection-marker-5b1e")).isEmpty();
    assertThat(placesHolding("Concern-marker-93ac")).isEmpty();
    assertThat(engineHistoryHolding(FINANCE_1)).as("the engine's history of their steps").isEmpty();
    assertThat(host.flipside.concerns().counts(Actor.of(HR), programmeId).raised())
        .as("their concern still counts").isEqualTo(1);
    ProgrammeStatus after = host.flipside.programmes().status(Actor.of(HR), programmeId);
    assertThat(after).extracting(ProgrammeStatus::applications, ProgrammeStatus::mentors, ProgrammeStatus::mentees,
            ProgrammeStatus::sessionsHeld, ProgrammeStatus::surveyResponses)
        .containsExactly(before.applications(), before.mentors(), before.mentees(), before.sessionsHeld(),
            before.surveyResponses());

    finishThePilot(List.of(OPS_1, DIR_OPS, MGR_FINANCE));
    ProgrammeStatus closed = host.flipside.programmes().status(Actor.of(HR), programmeId);
    assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
    assertThat(closed).extracting(ProgrammeStatus::applications, ProgrammeStatus::sessionsHeld)
        .containsExactly(4L, 2L);
    assertThat(rows("SELECT applications FROM fs_evaluation_report")).as("the report counts their application")
        .isEqualTo(4);
    assertThat(fsPlacesHolding(FINANCE_1)).allMatch(place -> place.startsWith("FS_AUDIT_ENTRY."));
    assertThat(privacy.auditTrail(Actor.of(DPO), FlipsideHost.START, EVER))
        .filteredOn(entry -> entry.action() == AuditAction.ERASE_PERSONAL_DATA)
        .extracting(AuditEntry::actorId, AuditEntry::subjectId).containsExactly(
            tuple(DPO, FINANCE_1));
  }

  @Test
  void theEnginesHistoryKeepsVariablesLastValuesAndJobRunsOnly() {
    pilotWithSessionsLogged();

    assertThat(rows("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE REV_ > 1")).as("variables given a new value")
        .isPositive();
    assertThat(rows("SELECT COUNT(*) FROM ACT_RU_VARIABLE r JOIN ACT_HI_VARINST h ON h.ID_ = r.ID_"
        + " WHERE r.REV_ > 1")).as("of them, those with a history").isPositive();
    assertThat(rows("SELECT COUNT(*) FROM ACT_RU_VARIABLE r JOIN ACT_HI_VARINST h ON h.ID_ = r.ID_"
        + " WHERE COALESCE(h.TEXT_, '-') <> COALESCE(r.TEXT_, '-') OR COALESCE(h.LONG_, -1) <> COALESCE(r.LONG_, -1)"))
        .as("a history holding other than the variable's value of the moment").isZero();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_DETAIL")).as("earlier values").isZero();
    assertThat(rows("SELECT COUNT(*) FROM ACT_RU_JOB")).as("jobs scheduled").isPositive();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2")).as("jobs run").isPositive();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ IN (0, 3)")).as("jobs created or deleted")
        .isZero();
  }

  @Test
  void anExportHoldsEverythingAboutTheEmployeeAndNothingAboutAnyoneElse() throws Exception {
    String programmeId = pilotWithSessionsLogged();
    String reflectionId = host.flipside.reflections().write(Actor.of(FINANCE_1), pairingOf(FINANCE_1), REFLECTION)
        .id();
    host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, CONCERN);

    assertThatThrownBy(() -> privacy.export(Actor.of(OPS_1), FINANCE_1)).isInstanceOf(AccessDeniedException.class);
    PersonalDataExport export = privacy.export(Actor.of(DPO), FINANCE_1);

    JsonNode document = new ObjectMapper().readTree(export.json());
    assertThat(document.get("employeeId").asText()).isEqualTo(FINANCE_1);
    assertThat(document.get("applications")).hasSize(1);
    assertThat(document.at("/applications/0/livedExperienceTopics").asText()).isEqualTo("race, career progression");
    assertThat(document.at("/places/0/role").asText()).isEqualTo("MENTOR");
    assertThat(document.at("/pairings/0/yourRole").asText()).isEqualTo("MENTOR");
    assertThat(document.get("agreements")).isNotEmpty();
    assertThat(document.at("/concerns/0/summary").asText()).isEqualTo(CONCERN);
    assertThat(document.at("/reflections/0/reflectionId").asText()).isEqualTo(reflectionId);
    assertThat(document.get("surveyAnswers")).as("their baseline answers, still linkable").isNotEmpty();
    assertThat(document.get("messages")).isNotEmpty();
    assertThat(export.json()).as("a reflection's text is the author's alone").doesNotContain("Reflection-marker");
    for (String someoneElse : List.of(OPS_1, DIR_OPS, MGR_FINANCE, HR, CEO)) {
      assertThat(export.json()).as(someoneElse).doesNotContain("\"" + someoneElse + "\"")
          .doesNotContain("Employee " + someoneElse);
    }
    assertThat(new ObjectMapper().readTree(privacy.export(Actor.of(FINANCE_1), FINANCE_1).json()).get("applications"))
        .as("an employee exports their own").hasSize(1);
    assertThat(privacy.auditTrail(Actor.of(HR), FlipsideHost.START, EVER))
        .filteredOn(entry -> entry.action() == AuditAction.EXPORT_PERSONAL_DATA)
        .extracting(AuditEntry::actorId).containsExactlyInAnyOrder(DPO, FINANCE_1);
  }

  @Test
  void aStaffNetworkRepresentativesCoDesignReviewIsExportedThenErasedKeepingOnlyWhetherTheScopeWasEndorsed()
      throws Exception {
    String programmeId = host.createPilot();
    TeamMember representative = host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId,
        DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, OPS_1);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.STAFF_NETWORK_REPRESENTATIVE, OPS_2);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(OPS_1, Forms.CO_DESIGN_REVIEW, Map.of(Vars.CO_DESIGN_SUGGESTIONS.name(), SUGGESTION));
    host.complete(OPS_2, Forms.CO_DESIGN_REVIEW, Map.of(Vars.CO_DESIGN_ENDORSED.name(), true));
    // withdrawn since: no post says any longer where the engine knew them
    host.flipside.deliveryTeam().withdraw(Actor.of(HR), programmeId, representative.appointmentId());

    JsonNode reviews = new ObjectMapper().readTree(privacy.export(Actor.of(DPO), OPS_1).json()).get("coDesignReviews");
    assertThat(reviews).singleElement().satisfies(review -> {
      assertThat(review.get("programmeId").asText()).isEqualTo(programmeId);
      assertThat(review.get("endorsed").asBoolean()).isFalse();
      assertThat(review.get("suggestions").asText()).isEqualTo(SUGGESTION);
      assertThat(review.get("reviewedAt").asText()).isNotBlank();
    });
    assertThat(new ObjectMapper().readTree(privacy.export(Actor.of(DPO), OPS_2).json()).get("coDesignReviews"))
        .as("each reviewer exports their own").singleElement()
        .satisfies(review -> assertThat(review.get("endorsed").asBoolean()).isTrue());

    privacy.erase(Actor.of(DPO), OPS_1);

    assertThat(placesHolding(OPS_1)).as("only the audit trail names them, in Flipside's tables or the engine's")
        .allMatch(place -> place.startsWith("FS_AUDIT_ENTRY."));
    assertThat(placesHolding("Suggestion-marker-c40d")).as("what they wrote").isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM fs_co_design_review WHERE reviewer_id LIKE 'erased-%' AND NOT endorsed"
        + " AND suggestions IS NULL")).as("the review stays: the networks were heard, and did not endorse it")
        .isEqualTo(1);
    assertThat(rows("SELECT COUNT(*) FROM fs_co_design_review WHERE reviewer_id = '" + OPS_2 + "' AND endorsed"))
        .as("the other representative's review is theirs still").isEqualTo(1);
    assertThat(new ObjectMapper().readTree(privacy.export(Actor.of(DPO), OPS_1).json()).get("coDesignReviews"))
        .isEmpty();
  }

  @Test
  void withdrawnConsentTakesTheCharacteristicOutOfMatchingAndEveryLaterFigure() {
    String characteristic = "Characteristic-marker-2d7c";
    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race",
        Vars.CONSENT_TO_PROTECTED_DATA.name(), true, Vars.PROTECTED_CHARACTERISTIC.name(), characteristic));
    assertThat(placesHolding(characteristic)).containsExactly("FS_APPLICATION.PROTECTED_CHARACTERISTIC");

    assertThatThrownBy(() -> privacy.withdrawConsent(Actor.of(OPS_1), FINANCE_1))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(privacy.withdrawConsent(Actor.of(FINANCE_1), FINANCE_1)).isEqualTo(1);

    assertThat(placesHolding(characteristic))
        .as("nothing left for matching or any figure to use").isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM fs_application WHERE consent_to_protected_data = FALSE"
        + " AND consent_withdrawn_at IS NOT NULL")).isEqualTo(1);
    assertThat(privacy.withdrawConsent(Actor.of(FINANCE_1), FINANCE_1)).as("nothing left to withdraw").isZero();
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "finance"));
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.PROPOSED_PAIRS.name()))
        .as("they are still matched, without it").isEqualTo(1);
  }

  @Test
  void afterItsRetentionPeriodAClosedProgrammesPersonalDataAndEngineHistoryGoWhileItsReportStays() {
    String programmeId = pilotWithSessionsLogged(Map.of(Vars.RETENTION_MONTHS.name(), 3));
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.TRAINER, OPS_2);
    finishThePilot(List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE));
    String report = host.flipside.reports().evaluationReport(Actor.of(HR), programmeId).html();
    Instant closedAt = host.clock.instant();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = '" + programmeId + "'")).isPositive();
    assertThat(host.flipside.dueWork().nextDueAt()).contains(closedAt.atZone(ZoneOffset.UTC)
        .plusMonths(3).toInstant());

    host.passTimeTo(closedAt.plus(Duration.ofDays(80)));
    assertThat(fsPlacesHolding(FINANCE_1)).as("within the retention period").isNotEmpty();

    host.passTimeTo(closedAt.plus(Duration.ofDays(93)));
    for (String person : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      assertThat(placesHolding(person)).as(person).isEmpty();
      assertThat(placesHolding("Employee " + person)).as(person).isEmpty();
    }
    assertThat(fsPlacesHolding(OPS_2)).as("the trainer's post stays, not who held it")
        .doesNotContain("FS_APPOINTMENT.PERSON_ID");
    assertThat(rows("SELECT COUNT(*) FROM fs_appointment WHERE programme_id = '" + programmeId + "'")).isOne();
    assertThat(fsPlacesHolding(HR)).doesNotContain("FS_APPOINTMENT.APPOINTED_BY");
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_ACTINST",
        "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK")) {
      assertThat(rows("SELECT COUNT(*) FROM " + table)).as(table).isZero();
    }
    assertThat(privacy.auditTrail(Actor.of(DPO), FlipsideHost.START, EVER))
        .as("the programme's reads went with it; the erasure is recorded")
        .extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::subjectId).containsExactly(
            tuple(AuditAction.RETENTION_ERASURE, "flipside", programmeId));
    assertThat(host.flipside.reports().evaluationReport(Actor.of(HR), programmeId).html())
        .as("the anonymised report survives").isEqualTo(report);
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).applications()).isEqualTo(4);
  }

  @Test
  void theNextRetentionErasureIsTheEarliestEndOfARetentionPeriodNotOfTheEarliestClosing() {
    String keptLong = host.createPilot();
    String keptShort = host.createPilot();
    String erased = host.createPilot();
    update("UPDATE fs_programme SET closed_at = TIMESTAMP '2020-01-01 00:00:00', retention_months = 24"
        + " WHERE id = '" + keptLong + "'");
    update("UPDATE fs_programme SET closed_at = TIMESTAMP '2020-06-01 00:00:00', retention_months = 3"
        + " WHERE id = '" + keptShort + "'");
    update("UPDATE fs_programme SET closed_at = TIMESTAMP '2019-01-01 00:00:00', retention_months = 1,"
        + " personal_data_erased_at = TIMESTAMP '2019-02-01 00:00:00' WHERE id = '" + erased + "'");

    assertThat(host.flipside.dueWork().nextDueAt()).as("the short period's end, in summer: read as UTC")
        .contains(Instant.parse("2020-09-01T00:00:00Z"));
  }

  @Test
  void theAuditTrailRecordsWhoReadWhatNeverTheContentAndOnlyForThoseAllowed() {
    String programmeId = pilotWithSessionsLogged();
    host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, CONCERN);
    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairingOf(DIR_OPS), "Support-marker-41d0");

    host.flipside.concerns().ofProgramme(Actor.of(EDI), programmeId);
    host.flipside.matchReview().matches(Actor.of(HR), programmeId);
    host.flipside.reports().pulseResults(Actor.of(HR), programmeId, 1);
    OpenTask conversation = host.task(HR, Forms.SUPPORT_CONVERSATION);
    assertThat(conversation.data().get(Vars.SUPPORT_NOTE.name())).isEqualTo("Support-marker-41d0");
    assertThatThrownBy(() -> host.flipside.reports().evaluationReport(Actor.of(HR), programmeId))
        .as("no report yet: nothing was read").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> host.flipside.reports().pulseResults(Actor.of(CEO), programmeId, 1))
        .as("refused: nothing was read").isInstanceOf(AccessDeniedException.class);

    List<AuditEntry> trail = privacy.auditTrail(Actor.of(DPO), FlipsideHost.START, EVER);
    assertThat(trail).extracting(AuditEntry::actorId, AuditEntry::action).containsExactlyInAnyOrder(
        tuple(EDI, AuditAction.READ_CONCERNS),
        tuple(HR, AuditAction.READ_MATCH_REVIEW),
        tuple(HR, AuditAction.READ_PULSE_FIGURES),
        tuple(HR, AuditAction.READ_SUPPORT_NOTE));
    assertThat(trail).allMatch(entry -> programmeId.equals(entry.programmeId()));
    assertThat(trail).allSatisfy(entry -> assertThat(entry.occurredAt()).isEqualTo(host.clock.instant()));
    assertThat(placesHolding("Support-marker-41d0")).as("the note is in its own table alone, never in the trail")
        .containsExactly("FS_SUPPORT_REQUEST.NOTE");
    assertThat(privacy.auditTrail(Actor.of(HR), FlipsideHost.START, EVER)).as("reading the trail is recorded too")
        .filteredOn(entry -> entry.action() == AuditAction.READ_AUDIT_TRAIL).extracting(AuditEntry::actorId)
        .containsExactly(DPO);
    assertThatThrownBy(() -> privacy.auditTrail(Actor.of(EDI), FlipsideHost.START, EVER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.auditTrail(Actor.of(DPO), EVER, FlipsideHost.START))
        .isInstanceOf(ValidationException.class).hasMessageContaining("to");
    assertThatThrownBy(() -> privacy.auditTrail(Actor.of(DPO), FlipsideHost.START, EVER).clear())
        .as("the trail read back cannot be changed").isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmployeeWithoutTheRoleIsRefusedEveryPrivacyMethodForSomeoneElse() {
    host.pilotAwaitingMatchReview();
    assertThatThrownBy(() -> privacy.erase(Actor.of(OPS_1), FINANCE_1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.erase(Actor.of(FINANCE_1), FINANCE_1))
        .as("erasure is the officer's decision").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.export(Actor.of(EDI), FINANCE_1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.withdrawConsent(Actor.of(CEO), FINANCE_1))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.auditTrail(Actor.of(FINANCE_1), FlipsideHost.START, EVER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.erase(null, FINANCE_1)).isInstanceOf(AccessDeniedException.class);
    assertThat(rows("SELECT COUNT(*) FROM fs_audit_entry")).as("a refusal records nothing").isZero();
    assertThat(fsPlacesHolding(FINANCE_1)).as("and changes nothing").isNotEmpty();
  }

  /** The pilot in its sessions: both pairs agreed, each logged a session, everyone answered the baseline. */
  private String pilotWithSessionsLogged() {
    return pilotWithSessionsLogged(Map.of());
  }

  private String pilotWithSessionsLogged(Map<String, Object> scopeChanges) {
    String programmeId = host.pilotAwaitingMatchReview(scopeChanges);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    for (String participant : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(participant, Forms.BASELINE_SURVEY, scores(2));
    }
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
    host.complete(MGR_FINANCE, Forms.LOG_SESSION, FlipsideHost.session("2027-03-08", "continue"));
    return programmeId;
  }

  /** The sessions run out, the respondents answer the final survey, themes are grouped and the sponsor stops. */
  private void finishThePilot(List<String> respondents) {
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    for (String respondent : respondents) {
      host.complete(respondent, Forms.FINAL_SURVEY, scores(4));
    }
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0),
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Diverse interview panels",
        Vars.NEXT_STEP.name(), "finish"));
    host.complete(CEO, Forms.ROLLOUT_DECISION, Map.of(Vars.ROLLOUT_DECISION.name(), "stop",
        Vars.RATIONALE.name(), "Pilot only"));
  }

  private static Map<String, Object> scores(int score) {
    Map<String, Object> answers = new HashMap<>();
    for (String key : List.of(Vars.CONFIDENCE_TALKING.name(), Vars.UNDERSTANDING_ISSUES.name(),
        Vars.CONFIDENCE_ASKING.name(), Vars.CONFIDENCE_SHARING.name())) {
      answers.put(key, score);
    }
    return answers;
  }

  private String pairingOf(String employeeId) {
    return host.flipside.learningAgreements().partnerships(Actor.of(employeeId)).stream()
        .map(Partnership::pairingId).findFirst().orElseThrow();
  }

  /** Where any table holds the text, as {@code TABLE.COLUMN} in upper case on every database. */
  private List<String> placesHolding(String text) {
    return DatabaseScan.placesHolding(host.database.dataSource(), text).stream().map(String::toUpperCase).toList();
  }

  /** Where Flipside's own tables hold the text. */
  private List<String> fsPlacesHolding(String text) {
    return placesHolding(text).stream().filter(place -> place.startsWith("FS_")).toList();
  }

  /** Where the engine's history holds the text. */
  private List<String> engineHistoryHolding(String text) {
    return placesHolding(text).stream().filter(place -> place.startsWith("ACT_HI_")).toList();
  }

  private void update(String sql) {
    try (Connection connection = host.database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private long rows(String sql) {
    try (Connection connection = host.database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
