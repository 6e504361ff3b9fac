package org.flipside.internal.delegate;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.flipside.model.evaluation.PseudonymHostKey;

/**
 * What every delegate works with: Flipside's data, the host's services, the clock, and the host's key for survey
 * pseudonyms (null when the host supplies none), which writing the waiting survey answers needs.
 */
public record DelegateContext(
    Repositories data, Directory directory, Notifications notifications, Clock clock, PseudonymHostKey surveyKey) {

  /** A context without the host's survey key. */
  public DelegateContext(Repositories data, Directory directory, Notifications notifications, Clock clock) {
    this(data, directory, notifications, clock, null);
  }

  /** The current time on Flipside's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** The programme the process is about, which must exist. */
  public Programme programme(VariableScope scope) {
    return programme(Variables.require(scope, Vars.PROGRAMME_ID));
  }

  /** The cohort the process is about, which must exist. */
  public Cohort cohort(VariableScope scope) {
    return cohort(Variables.require(scope, Vars.COHORT_ID));
  }

  /** The pairing the process is about, which must exist. */
  public Pairing pairing(VariableScope scope) {
    return pairing(Variables.require(scope, Vars.PAIRING_ID));
  }

  /** The programme, which must exist. */
  public Programme programme(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new IllegalStateException("no programme " + programmeId));
  }

  /** The cohort, which must exist. */
  public Cohort cohort(String cohortId) {
    return data.cohorts().find(cohortId)
        .orElseThrow(() -> new IllegalStateException("no cohort " + cohortId));
  }

  /** The programme's current cohort, which must exist. */
  public Cohort currentCohort(String programmeId) {
    return data.cohorts().findCurrent(programmeId)
        .orElseThrow(() -> new IllegalStateException("programme " + programmeId + " has no cohort"));
  }

  /** The pairing, which must exist. */
  public Pairing pairing(String pairingId) {
    return data.pairings().find(pairingId)
        .orElseThrow(() -> new IllegalStateException("no pairing " + pairingId));
  }

  /** Tells the programme's manager, or every HR admin while the post is vacant, as they hold its steps meanwhile. */
  public void tellManager(Programme programme, Message message) {
    standInsFor(programme).forEach(recipient -> notifications.send(recipient, message));
  }

  /** Tells the programme's manager, or every HR admin while the post is vacant, in words someone wrote. */
  public void tellManagerAsWritten(Programme programme, String topic, String subject, String body) {
    standInsFor(programme).forEach(recipient -> notifications.sendAsWritten(recipient, topic, subject, body));
  }

  /** Who organises the programme's events: its manager, or while the post is vacant the first of the HR admins. */
  public String organiserOf(Programme programme) {
    return standInsFor(programme).get(0);
  }

  private List<String> standInsFor(Programme programme) {
    if (programme.getProgrammeManagerId() != null) {
      return List.of(programme.getProgrammeManagerId());
    }
    List<String> hrAdmins = directory.holdersOf(FlipsideRoles.HR_ADMIN).stream()
        .map(Employee::id).sorted(Comparator.naturalOrder()).toList();
    if (hrAdmins.isEmpty()) {
      throw new IllegalStateException(programme.getName() + " has no programme manager and the host names no HR admin");
    }
    return hrAdmins;
  }
}
