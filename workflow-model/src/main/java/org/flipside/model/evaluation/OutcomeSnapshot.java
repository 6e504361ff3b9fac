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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flipside.model.Programme;

/** The organisational figures of a programme at one point, as recorded then. Never changed afterwards. */
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

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<OutcomeFigure> figures = new ArrayList<>();

  /** For JPA only. */
  protected OutcomeSnapshot() {
  }

  OutcomeSnapshot(Programme programme, OutcomeStage stage, String period, LocalDate takenOn, FigureSource source,
      List<OrganisationalFigure> figures, Map<String, CustomMeasure> customMeasures, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = programme;
    this.stage = stage;
    this.period = period;
    this.source = source;
    this.recordedAt = recordedAt;
    this.takenOn = takenOn;
    for (int i = 0; i < figures.size(); i++) {
      OrganisationalFigure figure = figures.get(i);
      this.figures.add(new OutcomeFigure(this, figure, customMeasures.get(figure.measure().code()), i));
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

  /** The day the figures describe, if given; it orders the points of a series. */
  public LocalDate getTakenOn() {
    return takenOn;
  }

  public List<OrganisationalFigure> figures() {
    return figures.stream().map(OutcomeFigure::asFigure).toList();
  }
}
