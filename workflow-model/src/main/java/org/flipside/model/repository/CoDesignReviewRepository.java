package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.flipside.model.CoDesignReview;

/** Stores the staff-network representatives' reviews of programmes' scopes. */
public class CoDesignReviewRepository extends EntityRepository<CoDesignReview> {

  public CoDesignReviewRepository(EntityManager em) {
    super(em, CoDesignReview.class, CoDesignReview::getId);
  }

  /** The programme's reviews, oldest first. */
  public List<CoDesignReview> findByProgramme(String programmeId) {
    return query("SELECT r FROM CoDesignReview r WHERE r.programme.id = :programmeId ORDER BY r.reviewedAt, r.id")
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  /** The reviews the person wrote, oldest first. */
  public List<CoDesignReview> findByReviewer(String reviewerId) {
    return query("SELECT r FROM CoDesignReview r WHERE r.reviewerId = :reviewerId ORDER BY r.reviewedAt, r.id")
        .setParameter("reviewerId", reviewerId)
        .getResultList();
  }
}
