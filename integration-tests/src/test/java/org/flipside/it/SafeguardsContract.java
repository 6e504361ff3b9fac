package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the API refuses, and that a refusal or a failure half-way through a step leaves nothing
 * behind: not the form data, not Flipside's rows, not the process step.
 */
abstract class SafeguardsContract {

  private FlipsideHost host;

  abstract TestDatabase database();

  @BeforeEach
  void start() {
    host = new FlipsideHost(database());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aDelegateThatFailsAfterItsWritesLeavesNeitherTheRowsNorTheStepBehind() {
    String programmeId = host.createPilot();
    host.complete(HR, "flipside-scope-pilot", FlipsideHost.pilotScope());
    OpenTask signOff = host.task(CEO, "flipside-sponsor-sign-off");

    // Opening recruitment saves the cohort, then asks the directory whom to invite: it is down.
    host.organisation.goDown();
    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(CEO), signOff.id(), Map.of("decision", "approve")))
        .hasMessageContaining("the host directory is unavailable");
    host.organisation.comeBack();

    assertThat(host.database.count("fs_cohort")).as("the cohort written before the failure").isZero();
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
    assertThat(host.task(CEO, "flipside-sponsor-sign-off").id()).as("the step is still to do").isEqualTo(signOff.id());
    assertThat(host.notifier.recipientsOf("pilot-approved")).as("nobody was told of the rolled-back step").isEmpty();

    host.complete(CEO, "flipside-sponsor-sign-off", Map.of("decision", "approve"));
    assertThat(host.database.count("fs_cohort")).isEqualTo(1);
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.RECRUITMENT);
  }

  @Test
  void aSubmissionThatBreaksTheFormNamesEachBadFieldAndChangesNothing() {
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put("cohortSize", 0);
    scope.put("sessionCadence", "weekly");
    scope.put("budget", 1000);
    OpenTask task = host.task(HR, "flipside-scope-pilot");

    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(HR), task.id(), scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("cohortSize", "sessionCadence", "budget"));
    assertThat(host.task(HR, "flipside-scope-pilot").data().get("cohortSize")).isNull();
  }

  @Test
  void aSubmissionThatBreaksARuleAcrossFieldsIsRolledBack() {
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put("mentorMaximumBand", 8);
    scope.put("sessionsStart", "2026-12-01");

    assertThatThrownBy(() -> host.complete(HR, "flipside-scope-pilot", scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("menteeMinimumBand", "sessionsStart"));
    assertThat(host.task(HR, "flipside-scope-pilot").data().get("mentorMaximumBand")).isNull();
    assertThat(host.tasks(CEO, "flipside-sponsor-sign-off")).isEmpty();
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
  }

  @Test
  void employeesSeeAndCompleteOnlyTheirOwnTasks() {
    host.createPilot();
    OpenTask scoping = host.task(HR, "flipside-scope-pilot");

    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_2))).isEmpty();
    assertThatThrownBy(() -> host.flipside.inbox().task(Actor.of(OPS_2), scoping.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(OPS_2), scoping.id(), FlipsideHost.pilotScope()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(host.task(HR, "flipside-scope-pilot").id()).isEqualTo(scoping.id());
  }

  @Test
  void onlyHrAdminsCreateProgrammesAndOnlyWithValidFields() {
    NewProgramme valid = new NewProgramme("Pilot", ProgrammeMode.REVERSE, Set.of(FocusDimension.GENDER),
        "mentor", "mentee", CEO);
    assertThatThrownBy(() -> host.flipside.programmes().create(Actor.of(OPS_2), valid))
        .isInstanceOf(AccessDeniedException.class);

    NewProgramme invalid = new NewProgramme(" ", null, Set.of(), "mentor", "mentee", "nobody");
    assertThatThrownBy(() -> host.flipside.programmes().create(Actor.of(HR), invalid))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("name", "mode", "focus", "sponsorId"));
    assertThat(host.flipside.programmes().programmes(Actor.of(HR))).isEmpty();
  }
}
