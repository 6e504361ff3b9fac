package org.flipside.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One stored figure of a snapshot. */
@Entity
@Table(name = "fs_outcome_figure")
public class OutcomeFigure {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "snapshot_id", nullable = false)
  private OutcomeSnapshot snapshot;

  /** A built-in measure's name, or the code of the programme's own measure below. */
  @Column(name = "measure", nullable = false)
  private String measure;

  @ManyToOne
  @JoinColumn(name = "custom_measure_id")
  private CustomMeasure customMeasure;

  @Column(name = "group_name", length = 200)
  private String group;

  @Column(name = "band", length = 200)
  private String band;

  @Column(name = "figure_value", nullable = false)
  private double value;

  @Column(name = "people")
  private Integer people;

  @Column(name = "position", nullable = false)
  private int position;

  /** For JPA only. */
  protected OutcomeFigure() {
  }

  OutcomeFigure(OutcomeSnapshot snapshot, OrganisationalFigure figure, CustomMeasure customMeasure, int position) {
    this.id = UUID.randomUUID().toString();
    this.snapshot = snapshot;
    this.customMeasure = customMeasure;
    this.measure = customMeasure != null ? customMeasure.getCode()
        : OutcomeMeasure.ofCode(figure.measure().code()).orElseThrow().name();
    this.group = figure.group();
    this.band = figure.band();
    this.value = figure.value();
    this.people = figure.people();
    this.position = position;
  }

  OrganisationalFigure asFigure() {
    MeasureDefinition definition = customMeasure != null ? customMeasure.definition()
        : OutcomeMeasure.valueOf(measure).definition();
    return new OrganisationalFigure(definition, group, band, value, people);
  }
}
