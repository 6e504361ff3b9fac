package org.flipside.internal.delegate.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.internal.host.Directory;
import org.flipside.model.Application;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.matching.MatchCandidate;

/**
 * What the matching engine knows of a participant: what they told the programme in their application, and their
 * reporting line from the host's directory. Known by employee id, stable across runs, so equal inputs give equal
 * pairs.
 */
public final class MatchCandidates {

  private final Directory directory;

  public MatchCandidates(Directory directory) {
    this.directory = directory;
  }

  /** The participants of one role, as candidates. */
  public List<MatchCandidate> of(List<Participant> participants, ParticipantRole role) {
    return participants.stream()
        .filter(participant -> participant.getRole() == role)
        .map(this::of)
        .toList();
  }

  /** One participant, as a candidate. */
  public MatchCandidate of(Participant participant) {
    Application application = participant.getApplication();
    boolean mentor = participant.getRole() == ParticipantRole.MENTOR;
    return new MatchCandidate(
        participant.getEmployeeId(),
        participant.getEmployeeId(),
        participant.getBand(),
        participant.getDepartment(),
        directory.lineManagerChain(participant.getEmployeeId()),
        words(mentor ? application.getLivedExperienceTopics() : application.getLearningInterests()),
        words(mentor ? application.getLearningInterests() : null),
        application.getLeadsArea(),
        application.getPreferredFormat(),
        application.getMentorCapacity(),
        application.getLocation(),
        application.getAvailability(),
        application.getDeclaredConflicts(),
        // only an applicant who consented has one on file; it is used for the aggregate check alone
        application.isConsentToProtectedData() ? application.getProtectedCharacteristic() : null);
  }

  private static Set<String> words(String commaSeparated) {
    if (commaSeparated == null) {
      return Set.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(word -> word.strip().toLowerCase())
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
