package org.flipside.internal.team;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.internal.delegate.Repositories;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Appointment;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantStatus;
import org.flipside.model.Programme;

/**
 * No one holds a post that would show them their own pairing: the programme manager and the coaches see who is paired
 * with whom, so none of them may apply to or take part in the programme's current cohort, and no applicant or
 * participant of it may be given either post. The sponsor's post sees no pairing (the match review is the manager's
 * and HR admins', the report names no one), so a sponsor may take part, as a managing director taking part in a
 * leaders' programme does; the sign-off says when the scope invites the sponsor.
 */
public final class PostConflicts {

  /** Applications that no longer make their author a candidate. */
  private static final Set<ApplicationStatus> OUT = EnumSet.of(ApplicationStatus.REJECTED, ApplicationStatus.INELIGIBLE);

  private final Repositories data;

  public PostConflicts(Repositories data) {
    this.data = data;
  }

  /**
   * How the person takes part in the programme's current cohort ("a mentee of cohort 1", "a mentor applicant of
   * cohort 2"), or empty when they do not.
   */
  public Optional<String> participation(Programme programme, String personId) {
    Cohort cohort = data.cohorts().findCurrent(programme.getId()).orElse(null);
    if (cohort == null) {
      return Optional.empty();
    }
    Optional<Participant> participant = data.participants().findByCohortAndEmployee(cohort.getId(), personId)
        .filter(taking -> taking.getStatus() != ParticipantStatus.WITHDRAWN);
    if (participant.isPresent()) {
      return Optional.of("a " + participant.get().getRole().name().toLowerCase() + " of cohort " + cohort.getNumber());
    }
    return data.applications().findByCohortAndEmployee(cohort.getId(), personId)
        .filter(application -> !OUT.contains(application.getStatus()))
        .map(Application::getRole)
        .map(role -> "a " + role.name().toLowerCase() + " applicant of cohort " + cohort.getNumber());
  }

  /** Why the person may not take up a post that sees pairings, or empty when they may. */
  public Optional<String> refusal(Programme programme, String personId, String post) {
    return participation(programme, personId).map(taking -> personId + " is " + taking + " of " + programme.getName()
        + ": as " + post + " they would see their own pairing");
  }

  /** The posts of the programme the employee holds that see pairings, by name: none lets them apply to it. */
  public List<String> postsSeeingPairings(Programme programme, String employeeId) {
    List<String> posts = new ArrayList<>();
    if (employeeId.equals(programme.getProgrammeManagerId())) {
      posts.add("programme manager");
    }
    for (Appointment appointment : data.appointments().findByPerson(employeeId)) {
      if (appointment.getProgramme().getId().equals(programme.getId()) && appointment.getRole().seesPairings()) {
        posts.add(TeamPosts.title(appointment.getRole()));
      }
    }
    return posts;
  }
}
