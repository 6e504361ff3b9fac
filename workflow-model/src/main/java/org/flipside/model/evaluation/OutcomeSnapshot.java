package org.flipside.model.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flipside.model.Programme;

/** The organisational figures of a programme at one stage, as recorded then. Never changed afterwards. */
@Entity
@Table(name = "fs_outcome_snapshot")
public class OutcomeSnapshot {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false)
  private OutcomeStage stage;

  @Column(name = "period", nullable = false, length = 100)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false)
  private FigureSource source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<OutcomeFigure> figures = new ArrayList<>();

  /** For JPA only. */
  protected OutcomeSnapshot() {
  }

  OutcomeSnapshot(Programme programme, OutcomeStage stage, String period, FigureSource source,
      List<OrganisationalFigure> figures, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = programme;
    this.stage = stage;
    this.period = period;
    this.source = source;
    this.recordedAt = recordedAt;
    for (int i = 0; i < figures.size(); i++) {
      this.figures.add(new OutcomeFigure(this, figures.get(i), i));
    }
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public OutcomeStage getStage() {
    return stage;
  }

  /** The time the figures describe, as the manager wrote it ("2015", "2017 staff survey"). */
  public String getPeriod() {
    return period;
  }

  public FigureSource getSource() {
    return source;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<OrganisationalFigure> figures() {
    return figures.stream().map(OutcomeFigure::asFigure).toList();
  }
}
