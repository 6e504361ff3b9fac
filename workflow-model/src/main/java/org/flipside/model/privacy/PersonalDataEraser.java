package org.flipside.model.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.Cohort;
import org.flipside.model.OutboundMessage;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.evaluation.RespondentPseudonyms;
import org.flipside.model.evaluation.SurveyKeyRepository;
import org.flipside.model.evaluation.Surveys;

/**
 * Erases personal data from Flipside's tables, for one person on request or for a whole programme when its
 * retention period has passed.
 *
 * <p>A row that a count depends on (an application, a place, a pairing, a session, a concern, a survey answer)
 * stays, anonymised: its person becomes a pseudonym no one can trace back, its free text goes, and the figures
 * the evaluation counts (role, band, dates, statuses, scores) stay. A row that no count needs (a private reflection,
 * a learning agreement, an ambassador's acceptance, a pair allowed against the matching rules, a delivered message)
 * is deleted. The caller's transaction holds the work; rows are changed in bulk, so the persistence context is
 * flushed before and cleared after.
 */
public final class PersonalDataEraser {

  /** Stands in for free text that must stay non-empty, such as a concern's summary. */
  public static final String ERASED_TEXT = "(erased)";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The recruitment audience's named lists, for both sides and for each: they name employees by id. */
  private static final List<String> NAMED_LISTS = List.of("fs_programme_recruit_employee",
      "fs_programme_recruit_mentor_employee", "fs_programme_recruit_mentee_employee");

  private final EntityManager em;
  private final PseudonymHostKey hostKey;

  /** An eraser for whole programmes, which needs no pseudonym: their survey salts are destroyed. */
  public PersonalDataEraser(EntityManager em) {
    this(em, null);
  }

  /** An eraser for people too, whose survey answers it finds by pseudonym under the host's key. */
  public PersonalDataEraser(EntityManager em, PseudonymHostKey hostKey) {
    this.em = Objects.requireNonNull(em, "em");
    this.hostKey = hostKey;
  }

  /**
   * Erases one person everywhere in Flipside's tables.
   *
   * @param displayName the person's name as the host shows it, to find delivered messages that name them; null if
   *     the host no longer knows it
   * @return how many rows were anonymised or deleted
   */
  public int erasePerson(String employeeId, String displayName) {
    em.flush();
    String pseudonym = "erased-" + UUID.randomUUID();
    int rows = retokenSurveyAnswers(employeeId);
    List<String> pairings = ids("SELECT p.id FROM fs_pairing p JOIN fs_participant m ON m.id = p.mentor_id"
        + " JOIN fs_participant e ON e.id = p.mentee_id WHERE m.employee_id = ?1 OR e.employee_id = ?1", employeeId);
    for (String pairingId : pairings) {
      rows += update("UPDATE fs_pairing SET rationale = NULL, end_reason = NULL WHERE id = ?1", pairingId);
      rows += update("UPDATE fs_pairing_reason SET detail = NULL WHERE pairing_id = ?1", pairingId);
      rows += update("DELETE FROM fs_learning_agreement WHERE pairing_id = ?1", pairingId);
    }
    rows += update("UPDATE fs_application SET employee_id = ?2, department = NULL, lived_experience_topics = NULL,"
        + " learning_interests = NULL, leads_area = NULL, motivation = NULL, consent_to_protected_data = FALSE,"
        + " protected_characteristic = NULL, status_reason = NULL, location = NULL, availability = NULL,"
        + " declared_conflicts = NULL WHERE employee_id = ?1", employeeId, pseudonym);
    rows += update("UPDATE fs_participant SET employee_id = ?2, department = NULL, unmatched_reason = NULL"
        + " WHERE employee_id = ?1", employeeId, pseudonym);
    rows += update("UPDATE fs_session_record SET logged_by = NULL WHERE logged_by = ?1", employeeId);
    rows += update("DELETE FROM fs_private_reflection WHERE author_id = ?1", employeeId);
    rows += update("UPDATE fs_concern SET raised_by = ?2, summary = ?3, acknowledgement_note = NULL, outcome = NULL"
        + " WHERE raised_by = ?1",
        employeeId, pseudonym, ERASED_TEXT);
    rows += update("UPDATE fs_support_request SET requested_by = ?2, note = NULL WHERE requested_by = ?1",
        employeeId, pseudonym);
    rows += update("UPDATE fs_coaching_request SET requested_by = ?2, note = NULL WHERE requested_by = ?1",
        employeeId, pseudonym);
    rows += update("UPDATE fs_coaching_request SET answered_by = ?2 WHERE answered_by = ?1", employeeId, pseudonym);
    rows += update("DELETE FROM fs_ambassador WHERE employee_id = ?1", employeeId);
    // a pair allowed against the rules names both partners and why; who allowed it is kept as a pseudonym
    rows += update("DELETE FROM fs_match_allowance WHERE mentor_employee_id = ?1 OR mentee_employee_id = ?1",
        employeeId);
    rows += update("UPDATE fs_match_allowance SET allowed_by = ?2 WHERE allowed_by = ?1", employeeId, pseudonym);
    rows += update("UPDATE fs_programme SET programme_manager_id = NULL WHERE programme_manager_id = ?1", employeeId);
    rows += update("UPDATE fs_programme SET sponsor_id = NULL WHERE sponsor_id = ?1", employeeId);
    // a named recruitment list keeps its place, so it still limits who is invited
    for (String namedList : NAMED_LISTS) {
      rows += update("UPDATE " + namedList + " SET employee_id = ?2 WHERE employee_id = ?1", employeeId, pseudonym);
    }
    rows += update("UPDATE fs_process_deployment SET deployed_by = NULL WHERE deployed_by = ?1", employeeId);
    // an event keeps its facilitator's place in the list, no longer their name
    rows += update("UPDATE fs_workshop_facilitator SET employee_id = ?2 WHERE employee_id = ?1", employeeId, pseudonym);
    // a post they held stays in the team's history, no longer naming them
    rows += update("UPDATE fs_appointment SET person_id = ?2 WHERE person_id = ?1", employeeId, pseudonym);
    // a review of a scope still says the networks were heard and whether they endorsed it, no longer who wrote what
    rows += update("UPDATE fs_co_design_review SET reviewer_id = ?2, suggestions = NULL WHERE reviewer_id = ?1",
        employeeId, pseudonym);
    // a campaign they ran still says how the cohort was recruited, no longer who ran it
    rows += update("UPDATE fs_recruitment_campaign SET contact_id = ?2 WHERE contact_id = ?1", employeeId, pseudonym);
    // a guest from outside the directory: the registration goes, and their name and address as an event's speaker
    rows += update("UPDATE fs_workshop_speaker SET name = ?2, email = ?2"
        + " WHERE email IN (SELECT email FROM fs_guest WHERE id = ?1)", employeeId, ERASED_TEXT);
    rows += update("DELETE FROM fs_guest WHERE id = ?1", employeeId);
    rows += update("DELETE FROM fs_outbound_message WHERE recipient_id = ?1", employeeId);
    // a message to someone else still waiting for the host names the person by the pseudonym instead
    rows += update("UPDATE fs_outbound_message SET parameters = REPLACE(parameters, ?1, ?2)"
        + " WHERE delivered_at IS NULL AND parameters LIKE ?3", "=" + OutboundMessage.encoded(employeeId),
        "=" + OutboundMessage.encoded(pseudonym), "%=" + OutboundMessage.encoded(employeeId) + "%");
    rows += forgetDeliveredMessagesNaming(employeeId, displayName);
    em.clear();
    return rows;
  }

  /**
   * Deletes the delivered messages that name the person, in their text or among their parameters: what others were
   * told about them has reached the host, and Flipside's copy is only a delivery log. Messages still waiting for the
   * host stay until delivered.
   *
   * @return how many messages were deleted
   */
  public int forgetDeliveredMessagesNaming(String employeeId, String displayName) {
    return update("DELETE FROM fs_outbound_message WHERE delivered_at IS NOT NULL AND (icalendar LIKE ?1"
        + " OR subject LIKE ?2 OR body LIKE ?2 OR parameters LIKE ?3)", "%" + employeeId + "%",
        "%" + (displayName == null ? employeeId : displayName) + "%",
        "%" + OutboundMessage.encoded(employeeId) + "%");
  }

  /**
   * Gives the person's survey answers a fresh random pseudonym in each cohort whose key still lives, so the
   * figures (and the pairing of a baseline with its final answer) stay while nobody can link them to the person;
   * their free-text comments go. Answers in a cohort whose key is destroyed are already unlinkable.
   */
  private int retokenSurveyAnswers(String employeeId) {
    SurveyKeyRepository keys = new SurveyKeyRepository(em);
    RespondentPseudonyms pseudonyms = new RespondentPseudonyms(keys, hostKey);
    List<Cohort> cohorts = em.createQuery("SELECT DISTINCT a.cohort FROM Application a WHERE a.employeeId = :id",
        Cohort.class).setParameter("id", employeeId).getResultList();
    int rows = 0;
    for (Cohort cohort : cohorts) {
      boolean live = keys.findByCohort(cohort.getId()).map(key -> !key.isDestroyed()).orElse(false);
      if (!live) {
        continue;
      }
      String token = pseudonyms.pseudonym(cohort, employeeId, Instant.EPOCH);
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String fresh = HexFormat.of().formatHex(random);
      // an answer still waiting to be written gets the fresh pseudonym too, sealed again
      rows += new Surveys(em, hostKey).retokenWaiting(cohort, token, fresh, Instant.EPOCH);
      em.flush();
      rows += update("DELETE FROM fs_survey_answer WHERE answer_text IS NOT NULL AND response_id IN"
          + " (SELECT id FROM fs_survey_response WHERE cohort_id = ?1 AND respondent_token = ?2)", cohort.getId(), token);
      rows += update("UPDATE fs_survey_response SET respondent_token = ?3, comments = NULL"
          + " WHERE cohort_id = ?1 AND respondent_token = ?2", cohort.getId(), token, fresh);
    }
    return rows;
  }

  /**
   * Erases the personal data of a closed programme: every person in it becomes a pseudonym, free text and private
   * reflections go, survey keys are destroyed (so no answer can be linked to anyone again), and the messages delivered to its people while it ran are deleted.
   * The programme, its cohorts, its counts, its survey scores, its themes and its evaluation reports stay.
   *
   * @return how many rows were anonymised or deleted
   */
  public int eraseProgramme(String programmeId, Instant now) {
    SurveyKeyRepository keys = new SurveyKeyRepository(em);
    RespondentPseudonyms pseudonyms = new RespondentPseudonyms(keys, hostKey);
    em.createQuery("SELECT c FROM Cohort c WHERE c.programme.id = :id", Cohort.class).setParameter("id", programmeId)
        .getResultList().forEach(cohort -> pseudonyms.destroy(cohort, now));
    em.flush();
    String cohorts = "SELECT id FROM fs_cohort WHERE programme_id = ?1";
    String pairings = "SELECT id FROM fs_pairing WHERE cohort_id IN (" + cohorts + ")";
    int rows = update("DELETE FROM fs_outbound_message WHERE delivered_at IS NOT NULL"
        + " AND created_at >= (SELECT created_at FROM fs_programme WHERE id = ?1)"
        + " AND created_at <= (SELECT closed_at FROM fs_programme WHERE id = ?1)"
        + " AND (recipient_id IN (SELECT employee_id FROM fs_application WHERE cohort_id IN (" + cohorts + "))"
        + " OR recipient_id IN (SELECT programme_manager_id FROM fs_programme WHERE id = ?1)"
        + " OR recipient_id IN (SELECT sponsor_id FROM fs_programme WHERE id = ?1))", programmeId);
    rows += update("DELETE FROM fs_private_reflection WHERE pairing_id IN (" + pairings + ")", programmeId);
    // a survey answer still waiting when its salt went can never be opened: a programme that stopped before its
    // surveys closed leaves such rows
    rows += update("DELETE FROM fs_survey_pending WHERE cohort_id IN (" + cohorts + ")", programmeId);
    rows += update("DELETE FROM fs_learning_agreement WHERE pairing_id IN (" + pairings + ")", programmeId);
    rows += update("UPDATE fs_pairing_reason SET detail = NULL WHERE pairing_id IN (" + pairings + ")", programmeId);
    rows += update("UPDATE fs_pairing SET rationale = NULL, end_reason = NULL WHERE cohort_id IN (" + cohorts + ")",
        programmeId);
    rows += update("UPDATE fs_session_record SET logged_by = NULL WHERE pairing_id IN (" + pairings + ")",
        programmeId);
    rows += update("UPDATE fs_support_request SET requested_by = 'erased-' || id, note = NULL"
        + " WHERE pairing_id IN (" + pairings + ")", programmeId);
    rows += update("UPDATE fs_coaching_request SET requested_by = 'erased-' || id, answered_by = NULL, note = NULL"
        + " WHERE pairing_id IN (" + pairings + ")", programmeId);
    rows += update("UPDATE fs_participant SET employee_id = 'erased-' || id, department = NULL,"
        + " unmatched_reason = NULL WHERE cohort_id IN (" + cohorts + ")", programmeId);
    rows += update("UPDATE fs_application SET employee_id = 'erased-' || id, department = NULL,"
        + " lived_experience_topics = NULL, learning_interests = NULL, leads_area = NULL, motivation = NULL,"
        + " consent_to_protected_data = FALSE, protected_characteristic = NULL, status_reason = NULL,"
        + " location = NULL, availability = NULL, declared_conflicts = NULL WHERE cohort_id IN (" + cohorts + ")",
        programmeId);
    rows += update("UPDATE fs_concern SET raised_by = 'erased-' || id, summary = ?2, acknowledgement_note = NULL,"
        + " outcome = NULL"
        + " WHERE programme_id = ?1", programmeId, ERASED_TEXT);
    rows += update("DELETE FROM fs_ambassador WHERE from_cohort_id IN (" + cohorts + ")", programmeId);
    rows += update("DELETE FROM fs_match_allowance WHERE cohort_id IN (" + cohorts + ")", programmeId);
    String events = "SELECT id FROM fs_workshop WHERE cohort_id IN (" + cohorts + ")";
    rows += update("DELETE FROM fs_workshop_speaker WHERE workshop_id IN (" + events + ")", programmeId);
    rows += update("UPDATE fs_workshop_facilitator SET employee_id = 'erased-' || workshop_id || '-' || position"
        + " WHERE workshop_id IN (" + events + ")", programmeId);
    rows += update("DELETE FROM fs_survey_answer WHERE answer_text IS NOT NULL AND response_id IN"
        + " (SELECT id FROM fs_survey_response WHERE cohort_id IN (" + cohorts + "))", programmeId);
    rows += update("UPDATE fs_survey_response SET comments = NULL WHERE cohort_id IN (" + cohorts + ")", programmeId);
    for (String namedList : NAMED_LISTS) {
      rows += update("DELETE FROM " + namedList + " WHERE programme_id = ?1", programmeId);
    }
    // what reviewers and the sponsor wrote may name people; the fairness figures are aggregates and stay
    rows += update("UPDATE fs_co_design_review SET reviewer_id = 'erased-' || id, suggestions = NULL"
        + " WHERE programme_id = ?1", programmeId);
    // who held the programme's posts, who appointed them and who ran its campaign: the posts and channels stay
    rows += update("UPDATE fs_appointment SET person_id = 'erased-' || id, appointed_by = 'erased-' || id"
        + " WHERE programme_id = ?1", programmeId);
    rows += update("UPDATE fs_recruitment_campaign SET contact_id = 'erased-' || id WHERE cohort_id IN (" + cohorts
        + ")", programmeId);
    rows += update("UPDATE fs_cohort SET applications_review_note = NULL, matches_review_note = NULL"
        + " WHERE programme_id = ?1", programmeId);
    rows += update("UPDATE fs_programme SET programme_manager_id = NULL, sponsor_id = NULL, sponsor_comments = NULL"
        + " WHERE id = ?1", programmeId);
    em.clear();
    return rows;
  }

  private List<String> ids(String sql, Object parameter) {
    @SuppressWarnings("unchecked")
    List<Object> found = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    return found.stream().map(String::valueOf).toList();
  }

  private int update(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
