package org.flipside.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.SurveyResponse;

/**
 * The answer to a question the programme manager added. The standard questions' answers live in the survey
 * response's own columns; this row belongs to the response and, like it, says nothing of who answered.
 */
@Entity
@Table(name = "fs_survey_answer")
public class SurveyAnswer {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "response_id", nullable = false)
  private SurveyResponse response;

  @Column(name = "question_key", nullable = false)
  private String questionKey;

  @Column(name = "score")
  private Integer score;

  @Column(name = "answer_text", length = 4000)
  private String text;

  /** For JPA only. */
  protected SurveyAnswer() {
  }

  SurveyAnswer(SurveyResponse response, String questionKey, Integer score, String text) {
    this.id = UUID.randomUUID().toString();
    this.response = Objects.requireNonNull(response, "response");
    this.questionKey = Objects.requireNonNull(questionKey, "questionKey");
    if ((score == null) == (text == null)) {
      throw new IllegalArgumentException("an answer is either a score or a text");
    }
    this.score = score;
    this.text = text;
  }

  public String getId() {
    return id;
  }

  public SurveyResponse getResponse() {
    return response;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public Integer getScore() {
    return score;
  }

  public String getText() {
    return text;
  }
}
