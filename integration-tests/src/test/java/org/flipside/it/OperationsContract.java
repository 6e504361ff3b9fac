package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flipside.api.Actor;
import org.flipside.api.ComponentHealth;
import org.flipside.api.HealthReport;
import org.flipside.api.HealthStatus;
import org.flipside.api.Incident;
import org.flipside.api.NotFoundException;
import org.flipside.api.ValidationException;
import org.flipside.api.OperationalComponent;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.EmbeddedFlipside;
import org.junit.jupiter.api.Test;

/**
 * What a host's operators see: a host service that fails makes a step's timed work fail for real, the health check
 * says which part is down, the failed step is an incident an HR admin retries once the host has recovered, and the
 * metrics in the host's own Micrometer registry move with it all.
 */
abstract class OperationsContract extends HostedContract {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Override
  FlipsideHost host(TestDatabase database) {
    return new FlipsideHost(database, settings -> EmbeddedFlipside.start(settings, meters));
  }

  @Test
  void aStepFailingForADirectoryThatIsDownIsAnIncidentAnHrAdminRetriesOnceTheDirectoryIsBack() {
    HealthReport calm = host.flipside.operations().health();
    assertThat(calm.status()).as("a fresh Flipside: %s", calm).isEqualTo(HealthStatus.UP);
    assertThat(calm.components()).extracting(ComponentHealth::component)
        .containsExactly(OperationalComponent.values());
    String programmeId = pairsInTheirFirstMonth();

    remindersDueWhileTheDirectoryIsDown();
    HealthReport directoryDown = host.flipside.operations().health();
    assertThat(directoryDown.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(directoryDown.component(OperationalComponent.DIRECTORY).status()).isEqualTo(HealthStatus.DOWN);
    assertThat(directoryDown.component(OperationalComponent.DIRECTORY).lastFailureAt()).isEqualTo(host.clock.instant());
    ComponentHealth lagging = directoryDown.component(OperationalComponent.JOB_EXECUTOR);
    assertThat(lagging.status()).as("reminders due a day ago, still waiting: %s", lagging)
        .isEqualTo(HealthStatus.DEGRADED);
    assertThat(lagging.waiting()).isEqualTo(2);

    // the engine's other two attempts at each pair's reminder fail too: the steps wait for a person
    host.flipside.dueWork().runDue();
    host.flipside.dueWork().runDue();
    assertThat(meters.get("flipside.jobs.failures").functionCounter().count()).isEqualTo(6);
    assertThat(meters.get("flipside.jobs.failed").gauge().value()).isEqualTo(2);
    HealthReport stuck = host.flipside.operations().health();
    assertThat(stuck.component(OperationalComponent.FAILED_STEPS).status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(stuck.component(OperationalComponent.FAILED_STEPS).waiting()).isEqualTo(2);
    assertThat(stuck.component(OperationalComponent.JOB_EXECUTOR).status())
        .as("failed steps are no longer work the executor owes").isEqualTo(HealthStatus.UP);

    List<Incident> incidents = host.flipside.operations().incidents(Actor.of(HR));
    assertThat(incidents).hasSize(2).allSatisfy(incident -> {
      assertThat(incident.programmeId()).isEqualTo(programmeId);
      assertThat(incident.step()).isEqualTo("Session due soon");
      assertThat(incident.occurredAt()).isEqualTo(host.clock.instant());
      assertThat(incident.reason()).isEqualTo(
          "The host's directory failed while the step ran; retry it once the directory answers again.");
    });

    host.organisation.comeBack();
    for (Incident incident : incidents) {
      assertThat(host.flipside.operations().retry(Actor.of(HR), incident.id())).isTrue();
    }

    assertThat(host.flipside.operations().incidents(Actor.of(HR))).isEmpty();
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_REMINDER)).as("the arrangers, reminded at last")
        .containsExactlyInAnyOrder(DIR_OPS, MGR_FINANCE);
    HealthReport recovered = host.flipside.operations().health();
    assertThat(recovered.status()).as("%s", recovered).isEqualTo(HealthStatus.UP);
    assertThat(recovered.component(OperationalComponent.DIRECTORY).lastFailureAt()).isNotNull();
    assertThat(meters.get("flipside.jobs.failed").gauge().value()).isZero();
    assertThat(meters.get("flipside.tasks.open").gauge().value()).isEqualTo(host.database.count("act_ru_task"));
  }

  @Test
  void aStepThatFailsAgainOnRetryOpensItsIncidentAgain() {
    pairsInTheirFirstMonth();
    remindersDueWhileTheDirectoryIsDown();
    host.flipside.dueWork().runDue();
    host.flipside.dueWork().runDue();
    String incidentId = host.flipside.operations().incidents(Actor.of(HR)).get(0).id();

    assertThat(host.flipside.operations().retry(Actor.of(HR), incidentId)).as("the directory is still down").isFalse();
    List<Incident> again = host.flipside.operations().incidents(Actor.of(HR));
    assertThat(again).hasSize(2).extracting(Incident::id).doesNotContain(incidentId);
    assertThat(meters.get("flipside.jobs.failures").functionCounter().count()).isEqualTo(7);

    host.organisation.comeBack();
    for (Incident incident : again) {
      assertThat(host.flipside.operations().retry(Actor.of(HR), incident.id())).isTrue();
    }
    assertThatThrownBy(() -> host.flipside.operations().retry(Actor.of(HR), incidentId))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("incidentId");
  }

  @Test
  void completedTasksAreCountedOnceTheirTransactionCommits() {
    host.createPilot();
    double before = meters.get("flipside.tasks.completed").functionCounter().count();
    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, Map.of(Vars.GOALS.name(), "")))
        .as("refused: nothing completed").isInstanceOf(ValidationException.class);
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    assertThat(meters.get("flipside.tasks.completed").functionCounter().count() - before).isEqualTo(2);
  }

  @Test
  void notificationsTheNotifierRefusesShowAsItsBacklogUntilItTakesThem() {
    host.notifier.goDown();
    List<String> invited = host.invitedToANewPilot();
    assertThat(invited).as("nothing reached the host while its notifier was down").isEmpty();

    HealthReport refused = host.flipside.operations().health();
    ComponentHealth notifier = refused.component(OperationalComponent.NOTIFIER);
    assertThat(notifier.status()).as("%s", notifier).isEqualTo(HealthStatus.DEGRADED);
    assertThat(notifier.waiting()).isPositive();
    assertThat(notifier.waitingSince()).isNotNull();
    assertThat(notifier.lastFailureAt()).isEqualTo(host.clock.instant());
    assertThat(refused.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(meters.get("flipside.messages.waiting").tag("channel", "notification").gauge().value())
        .isEqualTo(notifier.waiting());
    double takenBefore = meters.get("flipside.messages.delivery").tag("channel", "notification").functionTimer().count();

    host.notifier.comeBack();
    host.passTime(Duration.ofMinutes(1));

    ComponentHealth taken = host.flipside.operations().health().component(OperationalComponent.NOTIFIER);
    assertThat(taken.status()).as("%s", taken).isEqualTo(HealthStatus.UP);
    assertThat(taken.waiting()).isZero();
    assertThat(meters.get("flipside.messages.waiting").tag("channel", "notification").gauge().value()).isZero();
    FunctionTimer delivery = meters.get("flipside.messages.delivery").tag("channel", "notification").functionTimer();
    assertThat(delivery.count() - takenBefore).isEqualTo(notifier.waiting());
    assertThat(delivery.totalTime(TimeUnit.SECONDS)).as("each queued a minute before the host took it")
        .isEqualTo(60.0 * notifier.waiting());
  }

  @Test
  void noHealthReasonOrIncidentCarriesAnEngineOrDatabaseWord() {
    pairsInTheirFirstMonth();
    host.notifier.goDown();
    remindersDueWhileTheDirectoryIsDown();
    host.flipside.dueWork().runDue();
    host.flipside.dueWork().runDue();

    List<String> words = new ArrayList<>();
    host.flipside.operations().health().components().forEach(component -> words.add(component.reason()));
    host.flipside.operations().incidents(Actor.of(HR)).forEach(incident -> words.add(incident.reason()));
    assertThat(words).hasSize(OperationalComponent.values().length + 2).allSatisfy(text -> assertThat(text)
        .doesNotContainIgnoringCase("exception").doesNotContain("ENGINE-").doesNotContain("org.")
        .doesNotContainIgnoringCase("camunda").doesNotContainIgnoringCase("sql").doesNotContain("unavailable"));
  }

  /** The pilot's two pairs with their agreements, three weeks into their first monthly period. */
  private String pairsInTheirFirstMonth() {
    String programmeId = host.pilotInSessions();
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-20T09:00:00Z"));
    return programmeId;
  }

  /** Each pair's reminder falls due a week before the month ends, and needs the directory, which is down. */
  private void remindersDueWhileTheDirectoryIsDown() {
    host.organisation.goDown();
    host.passTimeTo(Instant.parse("2027-03-26T09:00:00Z"));
  }
}
