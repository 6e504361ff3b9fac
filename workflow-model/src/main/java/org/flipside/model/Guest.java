package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone outside the host's directory who takes part in a programme's delivery: an external trainer or speaker, a
 * trustee, a partner from another organisation in the sector. Flipside issues the id; the name and email stay in this
 * table, and the engine sees only the id.
 */
@Entity
@Table(name = "fs_guest")
public class Guest {

  /** What every id Flipside issues to a guest starts with, so it cannot be mistaken for a host employee id. */
  public static final String ID_PREFIX = "flipside-guest-";
  /** The longest name or organisation kept. */
  public static final int MAX_NAME = 200;
  /** The longest email address kept. */
  public static final int MAX_EMAIL = 320;

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "email", nullable = false, length = MAX_EMAIL)
  private String email;

  @Column(name = "organisation", length = MAX_NAME)
  private String organisation;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  /** For JPA only. */
  protected Guest() {
  }

  /** Registers a guest under a new id. */
  public Guest(String name, String email, String organisation, String registeredBy, Instant registeredAt) {
    this.id = ID_PREFIX + UUID.randomUUID();
    this.name = Objects.requireNonNull(name, "name");
    this.email = Objects.requireNonNull(email, "email");
    this.organisation = organisation;
    this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** Whether the id is one Flipside issued to a guest. */
  public static boolean isGuestId(String id) {
    return id != null && id.startsWith(ID_PREFIX);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
