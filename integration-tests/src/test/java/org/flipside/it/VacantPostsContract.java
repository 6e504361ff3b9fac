package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_FINANCE;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.HostEventOutcome;
import org.flipside.api.MatchedPair;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.api.Steward;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * A programme's manager or sponsor leaves the organisation: the post stands vacant, its steps wait with the HR
 * admins, and an HR admin appoints someone who takes the open steps and every later one.
 */
abstract class VacantPostsContract extends HostedContract {

  @Test
  void aSponsorWhoLeavesIsReplacedAndTheNewSponsorSignsOff() {
    String programmeId = host.createPilot();

    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(CEO);

    assertThat(outcome.vacatedProgrammeIds()).containsExactly(programmeId);
    assertThat(status(programmeId).sponsorId()).isNull();
    assertThat(status(programmeId).programmeManagerId()).isEqualTo(HR);
    assertThat(bodiesOf(HR, NotificationTopics.POST_VACANT)).singleElement().asString()
        .startsWith("Employee ceo has left the organisation, so Board reverse mentoring pilot has no sponsor");
    assertThat(host.flipside.hostEvents().employeeLeft(CEO).changedAnything())
        .as("a repeated report changes nothing").isFalse();

    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.tasks(HR, Forms.SPONSOR_SIGN_OFF)).as("a sponsor's step made while the post is vacant waits with the HR admins")
        .hasSize(1);

    host.organisation.grant(DIR_FINANCE, FlipsideRoles.SPONSOR);
    host.organisation.grant(DIR_OPS, FlipsideRoles.SPONSOR);
    ProgrammeStatus appointed = host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, DIR_FINANCE);

    assertThat(appointed.sponsorId()).isEqualTo(DIR_FINANCE);
    assertThat(host.tasks(HR, Forms.SPONSOR_SIGN_OFF)).as("no HR admin can take the sponsor's decision once there is one").isEmpty();
    assertThat(host.tasks(DIR_FINANCE, Forms.SPONSOR_SIGN_OFF)).hasSize(1);
    assertThat(bodiesOf(DIR_FINANCE, NotificationTopics.APPOINTED)).singleElement().asString()
        .contains("appointed you sponsor of Board reverse mentoring pilot");

    HostEventOutcome secondLeaver = host.flipside.hostEvents().employeeLeft(DIR_FINANCE);
    assertThat(secondLeaver.tasksReassigned()).as("the open sign-off goes back to the HR admins").isEqualTo(1);
    assertThat(host.tasks(DIR_FINANCE, Forms.SPONSOR_SIGN_OFF)).isEmpty();
    assertThat(host.tasks(HR, Forms.SPONSOR_SIGN_OFF)).hasSize(1);

    host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, DIR_OPS);
    host.complete(DIR_OPS, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(status(programmeId).stage()).isEqualTo(Stage.RECRUITMENT);
  }

  @Test
  void aManagerWhoLeavesHandsTheProgrammeToTheHrAdminsUntilANewOneIsAppointed() {
    host.organisation.grant(MGR_OPS, FlipsideRoles.HR_ADMIN);
    String programmeId = host.pilotAwaitingMatchReview();

    HostEventOutcome outcome = host.flipside.hostEvents().employeeLeft(HR);

    assertThat(outcome.vacatedProgrammeIds()).containsExactly(programmeId);
    assertThat(outcome.tasksReassigned()).isEqualTo(1);
    assertThat(status(programmeId).programmeManagerId()).isNull();
    assertThat(bodiesOf(MGR_OPS, NotificationTopics.POST_VACANT)).singleElement().asString()
        .contains("has no programme manager");

    host.complete(MGR_OPS, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    assertThat(host.tasks(MGR_OPS, Forms.WORKSHOP_ATTENDANCE)).as("steps made while the post is vacant wait with the HR admins")
        .hasSize(2);
    assertThat(host.tasks(DIR_FINANCE, Forms.WORKSHOP_ATTENDANCE)).isEmpty();

    host.flipside.programmes().appoint(Actor.of(MGR_OPS), programmeId, Steward.PROGRAMME_MANAGER, DIR_FINANCE);

    assertThat(status(programmeId).programmeManagerId()).isEqualTo(DIR_FINANCE);
    for (OpenTask register : host.tasks(DIR_FINANCE, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(DIR_FINANCE), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    assertThat(status(programmeId).stage()).isEqualTo(Stage.SESSIONS);

    host.flipside.pairSupport().saySupportNeeded(Actor.of(DIR_OPS), pairingOf(programmeId, DIR_OPS), "");
    assertThat(host.tasks(DIR_FINANCE, Forms.SUPPORT_CONVERSATION))
        .as("a pair's journey, begun while the post was vacant, gives its later steps to the new manager")
        .hasSize(1);
  }

  @Test
  void anAppointmentThatCannotBeMadeChangesNothing() {
    String programmeId = host.createPilot();

    assertThatThrownBy(() -> host.flipside.programmes().appoint(Actor.of(DIR_OPS), programmeId, Steward.SPONSOR, DIR_FINANCE))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining(FlipsideRoles.HR_ADMIN);
    assertThat(fieldsOf(() -> host.flipside.programmes().appoint(Actor.of(HR), programmeId, null, "nobody-here")))
        .containsExactly("steward", "employeeId");
    assertThat(fieldsOf(() -> host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, CEO)))
        .containsExactly("employeeId");
    assertThat(fieldsOf(() -> host.flipside.programmes().appoint(Actor.of(HR), programmeId, Steward.SPONSOR, DIR_FINANCE)))
        .as("an employee without the sponsor role").containsExactly("employeeId");

    assertThat(status(programmeId).sponsorId()).isEqualTo(CEO);
    assertThat(host.notifier.recipientsOf(NotificationTopics.APPOINTED)).isEmpty();
  }

  private ProgrammeStatus status(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId);
  }

  private String pairingOf(String programmeId, String mentee) {
    return host.flipside.matchReview().matches(Actor.of(DIR_FINANCE), programmeId).pairs().stream()
        .filter(pair -> pair.mentee().employeeId().equals(mentee))
        .map(MatchedPair::pairingId)
        .findFirst().orElseThrow();
  }

  private List<String> bodiesOf(String employeeId, String topic) {
    return host.notifier.delivered().stream()
        .filter(n -> n.recipientId().equals(employeeId) && n.topic().equals(topic))
        .map(Notification::body).toList();
  }

  private static List<String> fieldsOf(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("expected a ValidationException");
  }
}
