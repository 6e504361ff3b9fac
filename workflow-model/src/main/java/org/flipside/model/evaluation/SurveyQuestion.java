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
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.Programme;

/** A question the programme manager added to the programme's survey, after the standard ones. */
@Entity
@Table(name = "fs_survey_question")
public class SurveyQuestion {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "question_key", nullable = false)
  private String key;

  @Column(name = "question_text", nullable = false, length = 500)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private QuestionKind kind;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  /** For JPA only. */
  protected SurveyQuestion() {
  }

  /** Made by {@link SurveyTemplate#addQuestion}, which checks it against the template first. */
  SurveyQuestion(Programme programme, String key, String text, QuestionKind kind, int position, Instant addedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = Objects.requireNonNull(programme, "programme");
    this.key = Objects.requireNonNull(key, "key");
    this.text = Objects.requireNonNull(text, "text");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.position = position;
    this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getKey() {
    return key;
  }

  public String getText() {
    return text;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public int getPosition() {
    return position;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  TemplateQuestion asTemplateQuestion() {
    return new TemplateQuestion(key, text, text, kind, false);
  }
}
