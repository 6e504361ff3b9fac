package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flipside.model.Cohort;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/**
 * Writes survey answers so that where a response lies in its table says nothing of when it was given. An answer
 * first waits, sealed ({@link AnswerSeal}), in a row of its own; the responses are written from the waiting answers
 * in shuffled batches, each batch in one transaction, one statement after another in random order, so neither the
 * table's row order (H2) nor its physical order and transaction ids (PostgreSQL's ctid and xmin) follow the order
 * people answered in.
 *
 * <p>A batch is written once twice the anonymity threshold of one survey's answers are waiting, and takes the
 * threshold of them, chosen at random: someone who watches which tasks close and which responses appear (by
 * comparing two backups, say) can tell a new response only as one of at least twice the threshold of people, and
 * the answers left behind are never exactly the latest ones, so the answers written at the survey's close are not
 * singled out either. When the survey closes every waiting answer is written. Nothing is lost in a crash: an answer
 * waits in the database, and a batch deletes the answers it writes in the transaction that writes them.
 */
public final class AnswerMixer {

  private static final byte[] TAG_LABEL = "flipside survey waiting answer tag v1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager em;
  private final RespondentPseudonyms pseudonyms;

  AnswerMixer(EntityManager em, RespondentPseudonyms pseudonyms) {
    this.em = em;
    this.pseudonyms = pseudonyms;
  }

  /**
   * Leaves an answer to wait, then writes a batch if enough are waiting.
   *
   * @param tag what lets a retried completion find the answer waiting ({@link #tag}), or null for a pulse
   */
  void add(Cohort cohort, SurveyKind kind, String tag, AnswerSeal.Opened answer, Instant now) {
    byte[] secret = pseudonyms.secret(cohort, now);
    em.persist(new PendingAnswer(cohort, kind, tag, seal(secret, cohort, kind).seal(answer)));
    List<PendingAnswer> waiting = waiting(cohort, kind);
    int threshold = cohort.getProgramme().getAnonymityThreshold();
    if (waiting.size() >= 2 * threshold) {
      Collections.shuffle(waiting, RANDOM);
      write(waiting.subList(0, threshold), secret);
    }
  }

  /** What stands for the respondent's waiting answer: keyed like the pseudonym, yet never equal to it. */
  String tag(Cohort cohort, SurveyKind kind, String pseudonym, Instant now) {
    byte[] secret = pseudonyms.secret(cohort, now);
    return HexFormat.of().formatHex(PseudonymHostKey.hmac(PseudonymHostKey.hmac(secret, TAG_LABEL),
        (kind.name() + " " + pseudonym).getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether an answer with this tag is waiting. */
  boolean isWaiting(Cohort cohort, String tag) {
    return em.createQuery("SELECT COUNT(p) FROM PendingAnswer p WHERE p.cohort.id = :cohortId AND p.tag = :tag",
        Long.class).setParameter("cohortId", cohort.getId()).setParameter("tag", tag).getSingleResult() > 0;
  }

  /** Writes every waiting answer of the cohort, each survey's in a shuffled batch of its own. */
  void writeAll(Cohort cohort, Instant now) {
    for (SurveyKind kind : SurveyKind.values()) {
      List<PendingAnswer> waiting = waiting(cohort, kind);
      if (!waiting.isEmpty()) {
        Collections.shuffle(waiting, RANDOM);
        write(waiting, pseudonyms.secret(cohort, now));
      }
    }
  }

  /** Writes the waiting answers of one survey in a shuffled batch, only if at least this many wait. */
  void writeAll(Cohort cohort, SurveyKind kind, int atLeast, Instant now) {
    List<PendingAnswer> waiting = waiting(cohort, kind);
    if (!waiting.isEmpty() && waiting.size() >= atLeast) {
      Collections.shuffle(waiting, RANDOM);
      write(waiting, pseudonyms.secret(cohort, now));
    }
  }

  /** Deletes every answer of the cohort still waiting, unread. */
  void discardAll(Cohort cohort) {
    em.createQuery("DELETE FROM PendingAnswer p WHERE p.cohort.id = :cohortId")
        .setParameter("cohortId", cohort.getId()).executeUpdate();
  }

  /** The answers waiting under a pseudonym, opened; nothing is written. */
  List<WaitingAnswer> waitingUnder(Cohort cohort, String pseudonym, Instant now) {
    byte[] secret = pseudonyms.secret(cohort, now);
    List<WaitingAnswer> found = new ArrayList<>();
    for (SurveyKind kind : SurveyKind.values()) {
      AnswerSeal seal = seal(secret, cohort, kind);
      for (PendingAnswer pending : waiting(cohort, kind)) {
        AnswerSeal.Opened answer = seal.open(pending.sealed());
        if (answer.token().equals(pseudonym)) {
          found.add(new WaitingAnswer(kind, answer.role(), answer.answers()));
        }
      }
    }
    return found;
  }

  /**
   * Gives the waiting answers under a pseudonym a fresh one and drops their free text, as erasure does to the
   * written ones; they no longer count as that person's answer.
   *
   * @return how many waiting answers changed
   */
  int retoken(Cohort cohort, String pseudonym, String fresh, Instant now) {
    byte[] secret = pseudonyms.secret(cohort, now);
    int changed = 0;
    for (SurveyKind kind : SurveyKind.values()) {
      AnswerSeal seal = seal(secret, cohort, kind);
      for (PendingAnswer pending : waiting(cohort, kind)) {
        AnswerSeal.Opened answer = seal.open(pending.sealed());
        if (answer.token().equals(pseudonym)) {
          Map<String, Object> scores = new HashMap<>();
          answer.answers().forEach((key, value) -> {
            if (value instanceof Integer) {
              scores.put(key, value);
            }
          });
          pending.reseal(seal.seal(new AnswerSeal.Opened(answer.role(), fresh, scores)));
          changed++;
        }
      }
    }
    return changed;
  }

  private List<PendingAnswer> waiting(Cohort cohort, SurveyKind kind) {
    return new ArrayList<>(em.createQuery("SELECT p FROM PendingAnswer p WHERE p.cohort.id = :cohortId"
        + " AND p.kind = :kind", PendingAnswer.class)
        .setParameter("cohortId", cohort.getId()).setParameter("kind", kind).getResultList());
  }

  /** Writes the answers in the order given, flushing after each, so the database sees them in that order. */
  private void write(List<PendingAnswer> batch, byte[] secret) {
    for (PendingAnswer pending : List.copyOf(batch)) {
      AnswerSeal.Opened answer = seal(secret, pending.getCohort(), pending.getKind()).open(pending.sealed());
      em.remove(pending);
      response(pending.getCohort(), pending.getKind(), answer);
      em.flush();
    }
  }

  private void response(Cohort cohort, SurveyKind kind, AnswerSeal.Opened answer) {
    Map<String, Object> rest = new HashMap<>(answer.answers());
    if (kind == SurveyKind.PULSE) {
      em.persist(SurveyResponse.pulse(cohort, answer.role(), answer.token(),
          (Integer) rest.get(PulseQuestion.PAIRING_WORKING.key()), (Integer) rest.get(PulseQuestion.SPEAK_OPENLY.key()),
          (Integer) rest.get(PulseQuestion.CONFIDENCE_TALKING.key())));
      return;
    }
    SurveyResponse response = new SurveyResponse(cohort, answer.role(), kind, answer.token(),
        (Integer) rest.remove(StandardQuestion.CONFIDENCE_TALKING.key()),
        (Integer) rest.remove(StandardQuestion.UNDERSTANDING_ISSUES.key()),
        (Integer) rest.remove(StandardQuestion.CONFIDENCE_ASKING.key()),
        (Integer) rest.remove(StandardQuestion.CONFIDENCE_SHARING.key()),
        (String) rest.remove(StandardQuestion.COMMENTS.key()));
    em.persist(response);
    rest.forEach((key, value) -> em.persist(value instanceof Integer score
        ? new SurveyAnswer(response, key, score, null)
        : new SurveyAnswer(response, key, null, (String) value)));
  }

  private static AnswerSeal seal(byte[] secret, Cohort cohort, SurveyKind kind) {
    return new AnswerSeal(secret, cohort.getId() + " " + kind.name());
  }
}
