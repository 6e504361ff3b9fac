package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.flipside.model.Cohort;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;

/**
 * Releases a cohort's survey figures once, when the survey has closed for everyone: from then on the figures come
 * from the released responses only. Answers that arrive later (a pair whose journey ran late) join in a new release
 * only once at least the anonymity threshold of them has come, so no two releases differ by fewer people than a
 * figure may rest on. Works in the caller's transaction.
 */
public final class SurveyReleases {

  private final EntityManager em;

  public SurveyReleases(EntityManager em) {
    this.em = em;
  }

  /** Releases the responses not yet released, if they are the first or at least the threshold of them. */
  public void release(Cohort cohort, SurveyKind kind, int threshold, Instant now) {
    List<SurveyResponse> pending = em.createQuery("SELECT s FROM SurveyResponse s WHERE s.cohort.id = :cohortId"
            + " AND s.kind = :kind AND s.release IS NULL", SurveyResponse.class)
        .setParameter("cohortId", cohort.getId()).setParameter("kind", kind).getResultList();
    if (pending.isEmpty() || hasReleased(cohort, kind) && pending.size() < threshold) {
      return;
    }
    SurveyRelease release = new SurveyRelease(cohort, kind, pending.size(), now);
    em.persist(release);
    pending.forEach(response -> response.releaseIn(release));
  }

  /** Whether the cohort's figures of this survey have been released. */
  public boolean hasReleased(Cohort cohort, SurveyKind kind) {
    return em.createQuery("SELECT COUNT(r) FROM SurveyRelease r WHERE r.cohort.id = :cohortId AND r.kind = :kind",
            Long.class).setParameter("cohortId", cohort.getId()).setParameter("kind", kind).getSingleResult() > 0;
  }

  /** The responses released so far, the only ones any figure is computed from. */
  public List<SurveyResponse> released(Cohort cohort, SurveyKind kind) {
    return em.createQuery("SELECT s FROM SurveyResponse s WHERE s.cohort.id = :cohortId AND s.kind = :kind"
            + " AND s.release IS NOT NULL ORDER BY s.id", SurveyResponse.class)
        .setParameter("cohortId", cohort.getId()).setParameter("kind", kind).getResultList();
  }

  /** How many of the cohort's responses of every survey have been released: the count that may be shown. */
  public long countReleased(String cohortId) {
    return em.createQuery("SELECT COUNT(s) FROM SurveyResponse s WHERE s.cohort.id = :cohortId"
        + " AND s.release IS NOT NULL", Long.class).setParameter("cohortId", cohortId).getSingleResult();
  }
}
