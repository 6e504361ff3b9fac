package org.flipside.model.evaluation;

import java.util.Map;
import org.flipside.model.ParticipantRole;

/**
 * One figure per role and for both roles together, each shown or hidden.
 *
 * @param byRole the figure for each role
 * @param allRoles the figure for everyone
 * @param <T> the figure's type
 */
public record GroupFigures<T>(Map<ParticipantRole, Reported<T>> byRole, Reported<T> allRoles) {

  public GroupFigures {
    byRole = Map.copyOf(byRole);
  }

  public Reported<T> role(ParticipantRole role) {
    return byRole.get(role);
  }
}
