package org.flipside.internal.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import org.flipside.model.Cohort;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.evaluation.RespondentPseudonyms;
import org.flipside.model.evaluation.SurveyKeyRepository;
import org.flipside.model.evaluation.Surveys;
import org.flipside.model.evaluation.WaitingAnswer;

/**
 * Everything Flipside's tables hold about one person (an employee, or a guest from outside the directory), as a
 * JSON document for a subject access request. Each
 * section is one query naming the columns it shows, so a column added later is left out until someone decides it
 * belongs here; another person appears only as a role.
 */
public final class PersonalDataDocument {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String PAIRINGS = "SELECT p.id FROM fs_pairing p JOIN fs_participant m ON m.id = p.mentor_id"
      + " JOIN fs_participant e ON e.id = p.mentee_id WHERE m.employee_id = ?1 OR e.employee_id = ?1";

  private static final List<Section> SECTIONS = List.of(
      new Section("applications", "SELECT c.programme_id, c.number, a.role, a.band, a.department,"
          + " a.lived_experience_topics, a.learning_interests, a.leads_area, a.preferred_format, a.motivation,"
          + " a.consent_to_protected_data, a.protected_characteristic, a.consent_withdrawn_at, a.location,"
          + " a.availability, a.declared_conflicts, a.mentor_capacity, a.status, a.status_reason, a.submitted_at"
          + " FROM fs_application a JOIN fs_cohort c ON c.id = a.cohort_id WHERE a.employee_id = ?1"
          + " ORDER BY a.submitted_at",
          "programmeId", "cohort", "role", "band", "department", "livedExperienceTopics", "learningInterests",
          "leadsArea", "preferredFormat", "motivation", "consentToProtectedData", "protectedCharacteristic",
          "consentWithdrawnAt", "location", "availability", "declaredConflicts", "mentorCapacity", "status",
          "statusReason", "submittedAt"),
      new Section("places", "SELECT c.programme_id, c.number, p.role, p.band, p.department, p.status, p.joined_at,"
          + " p.unmatched_reason FROM fs_participant p JOIN fs_cohort c ON c.id = p.cohort_id"
          + " WHERE p.employee_id = ?1 ORDER BY p.joined_at",
          "programmeId", "cohort", "role", "band", "department", "status", "joinedAt", "unmatchedReason"),
      new Section("pairings", "SELECT p.id, c.programme_id, CASE WHEN m.employee_id = ?1 THEN 'MENTOR' ELSE"
          + " 'MENTEE' END, p.status, p.published_at, p.ended_at FROM fs_pairing p JOIN fs_cohort c"
          + " ON c.id = p.cohort_id JOIN fs_participant m ON m.id = p.mentor_id JOIN fs_participant e"
          + " ON e.id = p.mentee_id WHERE m.employee_id = ?1 OR e.employee_id = ?1 ORDER BY p.proposed_at",
          "pairingId", "programmeId", "yourRole", "status", "publishedAt", "endedAt"),
      new Section("agreements", "SELECT a.pairing_id, a.agreement_version, a.confidentiality_agreed, a.boundaries,"
          + " a.meeting_format, a.frequency, a.arranger, a.protected_time, CASE WHEN a.drafted_by = ?1 THEN 'you'"
          + " ELSE 'your partner' END, a.drafted_at, a.status FROM fs_learning_agreement a"
          + " WHERE a.pairing_id IN (" + PAIRINGS + ") ORDER BY a.pairing_id, a.agreement_version",
          "pairingId", "version", "confidentialityAgreed", "boundaries", "meetingFormat", "frequency", "arranger",
          "protectedTime", "draftedBy", "draftedAt", "status"),
      new Section("sessions", "SELECT s.pairing_id, s.period_number, s.status, s.held_on, s.duration_minutes,"
          + " s.format, CASE WHEN s.logged_by = ?1 THEN 'you' WHEN s.logged_by IS NULL THEN NULL"
          + " ELSE 'your partner' END, s.logged_at FROM fs_session_record s WHERE s.pairing_id IN (" + PAIRINGS
          + ") ORDER BY s.pairing_id, s.period_number",
          "pairingId", "period", "status", "heldOn", "durationMinutes", "format", "loggedBy", "loggedAt"),
      new Section("workshops", "SELECT w.kind, w.title, w.scheduled_at, a.attended FROM fs_workshop_attendance a"
          + " JOIN fs_workshop w ON w.id = a.workshop_id JOIN fs_participant p ON p.id = a.participant_id"
          + " WHERE p.employee_id = ?1 ORDER BY w.scheduled_at", "kind", "title", "scheduledAt", "attended"),
      new Section("concerns", "SELECT id, programme_id, summary, status, raised_at, acknowledged_at, resolved_at,"
          + " outcome FROM fs_concern WHERE raised_by = ?1 ORDER BY raised_at",
          "concernId", "programmeId", "summary", "status", "raisedAt", "acknowledgedAt", "resolvedAt", "outcome"),
      new Section("supportRequests", "SELECT id, pairing_id, requested_at, note, decision, decided_at"
          + " FROM fs_support_request WHERE requested_by = ?1 ORDER BY requested_at",
          "requestId", "pairingId", "requestedAt", "note", "decision", "decidedAt"),
      new Section("coachingRequests", "SELECT id, pairing_id, requested_at, note, outcome, answered_at, session_at,"
          + " session_cancelled_at FROM fs_coaching_request WHERE requested_by = ?1 ORDER BY requested_at",
          "requestId", "pairingId", "requestedAt", "note", "outcome", "answeredAt", "sessionAt", "sessionCancelledAt"),
      new Section("coachingAnswered", "SELECT id, outcome, answered_at, session_at, session_cancelled_at"
          + " FROM fs_coaching_request WHERE answered_by = ?1 ORDER BY answered_at", "requestId", "outcome",
          "answeredAt", "sessionAt", "sessionCancelledAt"),
      new Section("reflections", "SELECT id, pairing_id, written_at FROM fs_private_reflection WHERE author_id = ?1"
          + " ORDER BY written_at", "reflectionId", "pairingId", "writtenAt"),
      new Section("ambassador", "SELECT c.programme_id, c.number, a.accepted_at FROM fs_ambassador a"
          + " JOIN fs_cohort c ON c.id = a.from_cohort_id WHERE a.employee_id = ?1 ORDER BY a.accepted_at",
          "programmeId", "fromCohort", "acceptedAt"),
      new Section("stewardship", "SELECT id, name, CASE WHEN programme_manager_id = ?1 THEN 'PROGRAMME_MANAGER'"
          + " ELSE 'SPONSOR' END FROM fs_programme WHERE programme_manager_id = ?1 OR sponsor_id = ?1"
          + " ORDER BY created_at", "programmeId", "programme", "post"),
      new Section("guest", "SELECT name, email, organisation, registered_at FROM fs_guest WHERE id = ?1",
          "name", "email", "organisation", "registeredAt"),
      new Section("posts", "SELECT programme_id, role, appointed_at FROM fs_appointment WHERE person_id = ?1"
          + " ORDER BY appointed_at", "programmeId", "post", "appointedAt"),
      new Section("coDesignReviews", "SELECT programme_id, endorsed, suggestions, reviewed_at"
          + " FROM fs_co_design_review WHERE reviewer_id = ?1 ORDER BY reviewed_at, id",
          "programmeId", "endorsed", "suggestions", "reviewedAt"),
      new Section("recruitmentCampaigns", "SELECT c.programme_id, c.number, r.channels, r.started_on, r.recorded_at"
          + " FROM fs_recruitment_campaign r JOIN fs_cohort c ON c.id = r.cohort_id WHERE r.contact_id = ?1"
          + " ORDER BY r.recorded_at", "programmeId", "cohort", "channels", "startedOn", "recordedAt"),
      new Section("eventsRun", "SELECT w.kind, w.title, w.scheduled_at, 'FACILITATOR' FROM fs_workshop_facilitator f"
          + " JOIN fs_workshop w ON w.id = f.workshop_id WHERE f.employee_id = ?1 UNION ALL SELECT w.kind, w.title,"
          + " w.scheduled_at, 'SPEAKER' FROM fs_workshop_speaker s JOIN fs_workshop w ON w.id = s.workshop_id"
          + " JOIN fs_guest g ON g.email = s.email WHERE g.id = ?1 ORDER BY 3",
          "kind", "title", "scheduledAt", "as"),
      new Section("messages", "SELECT topic, created_at, delivered_at FROM fs_outbound_message"
          + " WHERE recipient_id = ?1 ORDER BY created_at", "topic", "createdAt", "deliveredAt"));

  private static final List<String> RESPONSE_COLUMNS = List.of("survey", "role", "confidenceTalking",
      "understandingIssues", "confidenceAsking", "confidenceSharing", "pairingWorking", "speakOpenly", "comments");

  private static final List<String> NOTES = List.of(
      "Private reflections are listed without their text: it is encrypted under a key that only the author's own"
          + " calls use. The author reads it through Flipside's private reflections (mine, read).",
      "Messages are listed by topic and time: their text was delivered to you through the host platform and names"
          + " other people, who are not part of this export.",
      "A partner appears as a role ('your partner'), never by name or id.",
      "Survey answers are kept under a pseudonym, never your name. They are listed while the cohort's survey key"
          + " lives; once the surveys close the key is destroyed and nobody, Flipside included, can link an answer"
          + " to you. An answer still waiting to be written among others (so that the order answers are stored in"
          + " names no one) is listed with its answers by question.");

  private final EntityManager em;
  private final PseudonymHostKey hostKey;

  public PersonalDataDocument(EntityManager em, PseudonymHostKey hostKey) {
    this.em = em;
    this.hostKey = hostKey;
  }

  /** The document, as indented JSON. */
  public String of(String employeeId, Instant exportedAt) {
    ObjectNode document = JSON.createObjectNode();
    document.put("employeeId", employeeId);
    document.put("exportedAt", exportedAt.toString());
    for (Section section : SECTIONS) {
      document.set(section.name(), rows(section, employeeId));
    }
    document.set("surveyAnswers", surveyAnswers(employeeId));
    ArrayNode notes = document.putArray("notes");
    NOTES.forEach(notes::add);
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always writes as JSON", e);
    }
  }

  private ArrayNode rows(Section section, String employeeId) {
    ArrayNode rows = JSON.createArrayNode();
    for (Object found : query(section.sql(), employeeId)) {
      Object[] values = found instanceof Object[] many ? many : new Object[] {found};
      ObjectNode row = rows.addObject();
      for (int i = 0; i < section.columns().size(); i++) {
        put(row, section.columns().get(i), values[i]);
      }
    }
    return rows;
  }

  /** The answers under the employee's pseudonym in each cohort whose survey key still lives. */
  private ArrayNode surveyAnswers(String employeeId) {
    SurveyKeyRepository keys = new SurveyKeyRepository(em);
    RespondentPseudonyms pseudonyms = new RespondentPseudonyms(keys, hostKey);
    ArrayNode answers = JSON.createArrayNode();
    List<Cohort> cohorts = em.createQuery("SELECT DISTINCT a.cohort FROM Application a WHERE a.employeeId = :id",
        Cohort.class).setParameter("id", employeeId).getResultList();
    for (Cohort cohort : cohorts) {
      if (!keys.findByCohort(cohort.getId()).map(key -> !key.isDestroyed()).orElse(false)) {
        continue;
      }
      String token = pseudonyms.pseudonym(cohort, employeeId, Instant.EPOCH);
      for (Object found : query("SELECT r.id, r.kind, r.respondent_role, r.confidence_talking,"
          + " r.understanding_issues, r.confidence_asking, r.confidence_sharing, r.pairing_working, r.speak_openly,"
          + " r.comments FROM fs_survey_response r WHERE r.cohort_id = ?1 AND r.respondent_token = ?2"
          + " ORDER BY r.kind, r.id", cohort.getId(), token)) {
        Object[] values = (Object[]) found;
        ObjectNode answer = answers.addObject();
        answer.put("programmeId", cohort.getProgramme().getId());
        for (int i = 1; i < values.length; i++) {
          put(answer, RESPONSE_COLUMNS.get(i - 1), values[i]);
        }
        ObjectNode added = answer.putObject("addedQuestions");
        for (Object row : query("SELECT question_key, score, answer_text FROM fs_survey_answer"
            + " WHERE response_id = ?1 ORDER BY question_key", values[0])) {
          Object[] question = (Object[]) row;
          put(added, String.valueOf(question[0]), question[1] != null ? question[1] : question[2]);
        }
      }
      for (WaitingAnswer waiting : new Surveys(em, hostKey).waitingAnswersOf(cohort, employeeId, Instant.EPOCH)) {
        ObjectNode answer = answers.addObject();
        answer.put("programmeId", cohort.getProgramme().getId());
        answer.put("survey", waiting.kind().name());
        answer.put("role", waiting.role().name());
        answer.put("waitingToBeWritten", true);
        ObjectNode given = answer.putObject("answers");
        new TreeMap<>(waiting.answers()).forEach((key, value) -> put(given, key, value));
      }
    }
    return answers;
  }

  @SuppressWarnings("unchecked")
  private List<Object> query(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static void put(ObjectNode row, String name, Object value) {
    if (value == null) {
      row.putNull(name);
    } else if (value instanceof Boolean flag) {
      row.put(name, flag);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      row.put(name, ((Number) value).longValue());
    } else if (value instanceof Number number) {
      row.put(name, number.doubleValue());
    } else if (value instanceof Timestamp timestamp) {
      row.put(name, timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
    } else if (value instanceof LocalDateTime utc) {
      row.put(name, utc.toInstant(ZoneOffset.UTC).toString());
    } else if (value instanceof Clob clob) {
      row.put(name, text(clob));
    } else {
      row.put(name, value.toString());
    }
  }

  private static String text(Clob clob) {
    try (Reader reader = clob.getCharacterStream()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int read; (read = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, read);
      }
      return text.toString();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not read a text column", e);
    }
  }

  /** One kind of record: its name in the document, the query with the employee's id as {@code ?1}, its columns. */
  private record Section(String name, String sql, List<String> columns) {
    Section(String name, String sql, String... columns) {
      this(name, sql, List.of(columns));
    }
  }
}
