package org.flipside.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.flipside.model.Cohort;

/**
 * A theme the programme manager found in a cohort's feedback, tied to one of the programme's goals, with its
 * priority and the action it recommends. Made by {@link Themes}, which checks it.
 */
@Entity
@Table(name = "fs_feedback_theme")
public class FeedbackTheme {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "summary", length = 2000)
  private String summary;

  @Column(name = "goal", length = 1000)
  private String goal;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false)
  private ThemePriority priority;

  @Column(name = "recommendation", nullable = false, length = 2000)
  private String recommendation;

  @Column(name = "mentions", nullable = false)
  private int mentions;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected FeedbackTheme() {
  }

  FeedbackTheme(Cohort cohort, ThemeDraft draft, int position, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.cohort = cohort;
    this.title = draft.title().strip();
    this.summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
    this.goal = draft.goal() == null ? null : draft.goal().strip();
    this.priority = draft.priority();
    this.recommendation = draft.recommendation().strip();
    this.mentions = draft.mentions();
    this.position = position;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  /** The programme goal, as written at scoping, that this theme bears on; null when the programme set no goals. */
  public String getGoal() {
    return goal;
  }

  public ThemePriority getPriority() {
    return priority;
  }

  public String getRecommendation() {
    return recommendation;
  }

  /** How many pieces of feedback the manager grouped under this theme. */
  public int getMentions() {
    return mentions;
  }

  public int getPosition() {
    return position;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
