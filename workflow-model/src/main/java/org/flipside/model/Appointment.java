package org.flipside.model;

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

/** One person holding one post in a programme's delivery team: an employee, or a guest Flipside registered. */
@Entity
@Table(name = "fs_appointment")
public class Appointment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private DeliveryRole role;

  @Column(name = "person_id", nullable = false)
  private String personId;

  @Column(name = "guest", nullable = false)
  private boolean guest;

  @Column(name = "appointed_by", nullable = false)
  private String appointedBy;

  @Column(name = "appointed_at", nullable = false)
  private Instant appointedAt;

  /** For JPA only. */
  protected Appointment() {
  }

  /** Records that {@code appointedBy} gave the person the post. */
  public Appointment(Programme programme, DeliveryRole role, String personId, String appointedBy,
      Instant appointedAt) {
    this.id = UUID.randomUUID().toString();
    this.programme = Objects.requireNonNull(programme, "programme");
    this.role = Objects.requireNonNull(role, "role");
    this.personId = Objects.requireNonNull(personId, "personId");
    this.guest = Guest.isGuestId(personId);
    this.appointedBy = Objects.requireNonNull(appointedBy, "appointedBy");
    this.appointedAt = Objects.requireNonNull(appointedAt, "appointedAt");
  }

  public String getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public DeliveryRole getRole() {
    return role;
  }

  public String getPersonId() {
    return personId;
  }

  public boolean isGuest() {
    return guest;
  }

  public String getAppointedBy() {
    return appointedBy;
  }

  public Instant getAppointedAt() {
    return appointedAt;
  }
}
