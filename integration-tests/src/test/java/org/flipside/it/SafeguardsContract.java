package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * What the API refuses, and that a refusal or a failure half-way through a step leaves nothing
 * behind: not the form data, not Flipside's rows, not the process step.
 */
abstract class SafeguardsContract extends HostedContract {

  @Test
  void aDelegateThatFailsAfterItsWritesLeavesNeitherTheRowsNorTheStepBehind() {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    OpenTask signOff = host.task(CEO, Forms.SPONSOR_SIGN_OFF);

    // Opening recruitment saves the cohort, then asks the directory whom to invite: it is down.
    host.organisation.goDown();
    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(CEO), signOff.id(), Map.of(Vars.DECISION.name(), "approve")))
        .hasMessageContaining("the host directory is unavailable");
    host.organisation.comeBack();

    assertThat(host.database.count("fs_cohort")).as("the cohort written before the failure").isZero();
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
    assertThat(host.task(CEO, Forms.SPONSOR_SIGN_OFF).id()).as("the step is still to do").isEqualTo(signOff.id());
    assertThat(host.notifier.recipientsOf(NotificationTopics.PILOT_APPROVED)).as("nobody was told of the rolled-back step").isEmpty();

    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.database.count("fs_cohort")).isEqualTo(1);
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.RECRUITMENT);
  }

  @Test
  void messagesTheHostCannotTakeWaitAndArriveExactlyOnceWhenItCanAgain() {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());

    host.notifier.goDown();
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage())
        .as("the step goes through while the host's messaging is down").isEqualTo(Stage.RECRUITMENT);
    host.passTime(Duration.ofMinutes(1));
    assertThat(host.notifier.delivered()).isEmpty();
    assertThat(host.notifier.refused()).as("first try, then one retry").isEqualTo(2 * 9);

    host.notifier.comeBack();
    assertThat(host.flipside.dueWork().nextDueAt()).hasValueSatisfying(due -> assertThat(due).isAfter(host.clock.instant()));
    host.passTime(Duration.ofMinutes(5));
    host.passTime(Duration.ofHours(2));

    assertThat(host.notifier.delivered()).hasSize(9)
        .extracting(Notification::id).doesNotHaveDuplicates();
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY)).hasSize(8);
    assertThat(host.notifier.recipientsOf(NotificationTopics.PILOT_APPROVED)).containsExactly(HR);
  }

  @Test
  void aMessageTheHostRefusesInTheMiddleOfAGroupHoldsUpNoneOfTheOthersAndArrivesOnceLater() {
    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    int before = host.notifier.delivered().size();

    // the sign-off's nine messages go together, one group; the host cannot take the fifth
    host.notifier.refuseOneAfter(4);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    List<String> taken = ids(host.notifier.delivered(), before);
    assertThat(host.notifier.refusedDeliveries()).hasSize(1);
    String refused = host.notifier.refusedDeliveries().get(0).id();
    assertThat(taken).as("four taken before the refusal and four after, once each").hasSize(8)
        .doesNotHaveDuplicates().doesNotContain(refused);
    assertThat(host.database.count("fs_outbound_message", "delivered_at is null")).as("only the refused one waits")
        .isEqualTo(1);

    host.passTime(Duration.ofMinutes(1));
    host.passTime(Duration.ofHours(2));

    assertThat(ids(host.notifier.delivered(), before)).as("the refused one, taken on its retry, once")
        .hasSize(9).doesNotHaveDuplicates().endsWith(refused);
    assertThat(host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY)).hasSize(8);
    assertThat(host.notifier.refused()).isEqualTo(1);
  }

  @Test
  void aMessageAnotherNodeHoldsIsSkippedNotWaitedForAndDeliveredOnceWhenItLetsGo() throws Exception {
    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    int before = host.notifier.delivered().size();
    host.notifier.goDown();
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.notifier.comeBack();
    String held = host.database.strings("select id from fs_outbound_message where delivered_at is null order by id")
        .get(0);

    ExecutorService round = Executors.newSingleThreadExecutor();
    try (HikariDataSource otherNode = host.database.anotherPool();
        Connection delivering = otherNode.getConnection();
        Statement statement = delivering.createStatement()) {
      delivering.setAutoCommit(false);
      statement.executeQuery("select id from fs_outbound_message where id = '" + held + "' for update").close();

      // a round that waited for the other node's lock would wait for as long as the other node takes
      round.submit(() -> host.passTime(Duration.ofMinutes(1))).get(60, TimeUnit.SECONDS);
      assertThat(ids(host.notifier.delivered(), before)).as("all but the held message").hasSize(8)
          .doesNotContain(held);
      delivering.rollback();
    } finally {
      round.shutdown();
    }
    host.passTime(Duration.ofMinutes(5));

    assertThat(ids(host.notifier.delivered(), before)).as("the held message too, once it was let go, once")
        .hasSize(9).doesNotHaveDuplicates().endsWith(held);
  }

  private static List<String> ids(List<Notification> delivered, int from) {
    return delivered.subList(from, delivered.size()).stream().map(Notification::id).toList();
  }

  @Test
  void invitesTheHostsCalendarCannotTakeWaitAndArriveExactlyOnceWhenItCanAgain() {
    String programmeId = host.pilotAwaitingMatchReview();

    host.calendar.goDown();
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage())
        .as("the workshops are scheduled while the host's calendar is down").isEqualTo(Stage.KICK_OFF_WORKSHOPS);
    assertThat(host.notifier.recipientsOf(NotificationTopics.WORKSHOP_INVITATION))
        .as("the messages about the workshops go out all the same")
        .containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);
    host.passTime(Duration.ofMinutes(1));
    assertThat(host.calendar.delivered()).isEmpty();
    assertThat(host.calendar.refused()).as("first try, then one retry").isEqualTo(2 * 4);
    assertThat(host.database.count("fs_outbound_message", "delivered_at is null")).isEqualTo(4);

    host.calendar.comeBack();
    host.passTime(Duration.ofMinutes(5));
    host.passTime(Duration.ofHours(2));

    assertThat(host.calendar.delivered()).extracting(CalendarInvite::id).hasSize(4).doesNotHaveDuplicates();
    assertThat(host.calendar.recipients()).containsExactly(DIR_OPS, FINANCE_1, MGR_FINANCE, OPS_1);
    assertThat(host.database.count("fs_outbound_message", "delivered_at is null")).isZero();
  }

  @Test
  void aWriteTheDatabaseRefusesAtCommitTakesTheEnginesFlushedStepBackToo() {
    host.createPilot();
    OpenTask scoping = host.task(HR, Forms.SCOPE_PILOT);
    // The programme's new scope is written when the transaction commits, after the engine has
    // already written the completed task and the sponsor's new one on the same connection.
    host.database.execute(
        "alter table fs_programme add constraint refuse_large_cohorts check (cohort_size is null or cohort_size < 100)");
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), 150);

    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(HR), scoping.id(), scope))
        .isInstanceOf(RuntimeException.class);
    assertThat(host.task(HR, Forms.SCOPE_PILOT).id()).isEqualTo(scoping.id());
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).isEmpty();
  }

  @Test
  void employeesAnsweringTheirInvitationsAtTheSameMomentAreAllCounted() throws Exception {
    String programmeId = host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    List<String> invitees = host.notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY);
    List<OpenTask> invitations = invitees.stream().map(invitee -> host.task(invitee, Forms.APPLICATION)).toList();

    ExecutorService employees = Executors.newFixedThreadPool(invitees.size());
    CountDownLatch together = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 0; i < invitees.size(); i++) {
      Actor invitee = Actor.of(invitees.get(i));
      String taskId = invitations.get(i).id();
      String role = TestOrganisation.isSenior(invitee.employeeId()) ? "mentee" : "mentor";
      answers.add(employees.submit(() -> {
        together.await();
        host.flipside.inbox().complete(invitee, taskId, Map.of(Vars.INTEREST.name(), role));
        return null;
      }));
    }
    together.countDown();
    for (Future<?> answer : answers) {
      answer.get(60, TimeUnit.SECONDS);
    }
    employees.shutdown();

    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).applications())
        .isEqualTo(invitees.size());
    assertThat(host.task(HR, Forms.REVIEW_APPLICATIONS)).as("every invitation answered closes the window").isNotNull();
  }

  @Test
  void aSubmissionThatBreaksTheFormNamesEachBadFieldAndChangesNothing() {
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), 0);
    scope.put(Vars.SESSION_CADENCE.name(), "weekly");
    scope.put("budget", 1000);
    OpenTask task = host.task(HR, Forms.SCOPE_PILOT);

    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(HR), task.id(), scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder(Vars.COHORT_SIZE.name(), Vars.SESSION_CADENCE.name(), "budget"));
    assertThat(host.task(HR, Forms.SCOPE_PILOT).data().get(Vars.COHORT_SIZE.name())).isNull();
  }

  @Test
  void aSubmissionThatBreaksARuleAcrossFieldsIsRolledBack() {
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.MENTOR_MAXIMUM_BAND.name(), 8);
    scope.put(Vars.SESSIONS_START.name(), "2026-12-01");

    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder(Vars.MENTEE_MINIMUM_BAND.name(), Vars.SESSIONS_START.name()));
    assertThat(host.task(HR, Forms.SCOPE_PILOT).data().get(Vars.MENTOR_MAXIMUM_BAND.name())).isNull();
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).isEmpty();
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
  }

  @Test
  void anApplicationsProtectedCharacteristicAndStoryAreKeptOnTheApplicationAloneNotInTheEngine() {
    host.createPilot();
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));

    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "Overlooked for acting-up roles twice",
        Vars.LEARNING_INTERESTS.name(), "operations", Vars.MOTIVATION.name(), "Leaders should hear it first-hand",
        Vars.CONSENT_TO_PROTECTED_DATA.name(), true, Vars.PROTECTED_CHARACTERISTIC.name(), "Black Caribbean"));

    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "Black Caribbean")).extracting(String::toLowerCase)
        .containsExactly("fs_application.protected_characteristic");
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "acting-up roles")).extracting(String::toLowerCase)
        .containsExactly("fs_application.lived_experience_topics");
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "first-hand")).extracting(String::toLowerCase)
        .containsExactly("fs_application.motivation");
    assertThat(host.database.count("fs_application", "employee_id = '" + FINANCE_1 + "' AND role = 'MENTOR'"
        + " AND consent_to_protected_data = TRUE")).isEqualTo(1);

    // without consent the form hides the field, and the server, deciding as form-js does, keeps nothing of it
    host.apply(OPS_1, "mentor", Map.of(Vars.PROTECTED_CHARACTERISTIC.name(), "White British"));
    assertThat(host.database.count("fs_application", "employee_id = '" + OPS_1 + "' AND protected_characteristic IS NULL"
        + " AND consent_to_protected_data = FALSE")).isEqualTo(1);
    assertThat(DatabaseScan.placesHolding(host.database.dataSource(), "White British")).isEmpty();
  }

  @Test
  void employeesSeeAndCompleteOnlyTheirOwnTasks() {
    host.createPilot();
    OpenTask scoping = host.task(HR, Forms.SCOPE_PILOT);

    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_2))).isEmpty();
    assertThatThrownBy(() -> host.flipside.inbox().task(Actor.of(OPS_2), scoping.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(OPS_2), scoping.id(), FlipsideHost.pilotScope()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(host.task(HR, Forms.SCOPE_PILOT).id()).isEqualTo(scoping.id());
  }

  @Test
  void anEmployeeSeesAndCompletesTheHrAdminsTasksOnlyWhileTheHostGrantsThemTheRole() {
    host.createPilot();
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1))).isEmpty();

    host.organisation.grant(OPS_1, FlipsideRoles.HR_ADMIN);
    OpenTask scoping = host.task(OPS_1, Forms.SCOPE_PILOT);
    assertThat(scoping.id()).as("the programme manager's task, offered to every HR admin")
        .isEqualTo(host.task(HR, Forms.SCOPE_PILOT).id());

    host.organisation.revoke(OPS_1, FlipsideRoles.HR_ADMIN);
    assertThat(host.flipside.inbox().openTasks(Actor.of(OPS_1))).isEmpty();
    assertThatThrownBy(() -> host.flipside.inbox().complete(Actor.of(OPS_1), scoping.id(), FlipsideHost.pilotScope()))
        .isInstanceOf(AccessDeniedException.class);

    host.organisation.grant(OPS_1, FlipsideRoles.HR_ADMIN);
    host.flipside.inbox().complete(Actor.of(OPS_1), scoping.id(), FlipsideHost.pilotScope());
    assertThat(host.tasks(HR, Forms.SCOPE_PILOT)).isEmpty();
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the pilot goes on to its sponsor").hasSize(1);
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
            .extracting(FieldError::field).containsExactlyInAnyOrder("name", "mode", "focus", Vars.SPONSOR_ID.name()));
    assertThat(host.flipside.programmes().programmes(Actor.of(HR))).isEmpty();
  }
}
