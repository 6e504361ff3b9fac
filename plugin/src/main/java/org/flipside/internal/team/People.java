package org.flipside.internal.team;

import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.host.Directory;
import org.flipside.model.Guest;

/** Names the people a delivery team holds: employees by the directory, guests by what Flipside registered. */
public final class People {

  private final Repositories data;
  private final Directory directory;

  public People(Repositories data, Directory directory) {
    this.data = data;
    this.directory = directory;
  }

  /** The directory's name for an employee, the registered name for a guest, or the id when neither is known. */
  public String nameOf(String personId) {
    return Guest.isGuestId(personId)
        ? data.guests().find(personId).map(Guest::getName).orElse(personId)
        : directory.nameOf(personId);
  }
}
