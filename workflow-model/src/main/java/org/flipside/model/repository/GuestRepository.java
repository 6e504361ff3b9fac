package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import org.flipside.model.Guest;

/** Stores the guests Flipside registered: people outside the host's directory. */
public class GuestRepository extends EntityRepository<Guest> {

  public GuestRepository(EntityManager em) {
    super(em, Guest.class, Guest::getId);
  }

  /** The guest registered under the email address, compared without regard to case. */
  public Optional<Guest> findByEmail(String email) {
    return first("SELECT g FROM Guest g WHERE LOWER(g.email) = :email",
        "email", email.toLowerCase(Locale.ROOT));
  }
}
