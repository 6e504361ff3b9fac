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
import org.flipside.model.Programme;

/**
 * An organisational measure a programme defines for itself, such as leaders featured in staff communications.
 * Made by {@link OrganisationalOutcomes}, which checks it; never changed afterwards, so every point of its series
 * measures the same thing.
 */
@Entity
@Table(name = "fs_outcome_measure")
public class CustomMeasure {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "code", nullable = false, length = 30)
  private String code;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit", nullable = false)
  private MeasureUnit unit;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected CustomMeasure() {
  }

  CustomMeasure(Programme programme, MeasureDefinition definition, int position, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = programme;
    this.code = definition.code();
    this.label = definition.label();
    this.unit = definition.unit();
    this.description = definition.description();
    this.position = position;
    this.createdAt = createdAt;
  }

  public String getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public MeasureDefinition definition() {
    return new MeasureDefinition(code, label, unit, false, false, description);
  }
}
