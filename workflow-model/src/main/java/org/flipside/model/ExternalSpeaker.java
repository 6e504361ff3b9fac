package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A speaker or trainer from outside the directory at a planned event. Their name and address live in Flipside's
 * own table alone, never in the engine.
 */
@Embeddable
public class ExternalSpeaker {

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  /** For JPA only. */
  protected ExternalSpeaker() {
  }

  /** A speaker with a name and an e-mail address. */
  public ExternalSpeaker(String name, String email) {
    this.name = Objects.requireNonNull(name, "name");
    this.email = Objects.requireNonNull(email, "email");
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }
}
