package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flipside.api.Actor;
import org.flipside.api.DeliveryRole;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskSummary;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * An inbox lists what is open when it is read, while others complete the tasks in it or the steps beside them; its
 * light listing pages the same tasks.
 */
abstract class InboxWhileTasksCloseContract extends HostedContract {

  private static final String COACH = "od-coach";

  @Test
  void theListingPagesTheTasksTheFullInboxReadsInTheSameOrder() {
    String programmeId = host.pilotInSessions();
    host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, "First concern");
    host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, "Second concern");
    Actor ediLead = Actor.of(EDI);
    List<TaskSummary> full = host.flipside.inbox().openTasks(ediLead).stream().map(OpenTask::summary).toList();
    assertThat(full).hasSizeGreaterThanOrEqualTo(2);

    List<TaskSummary> paged = new ArrayList<>();
    for (int first = 0; first <= full.size(); first++) {
      paged.addAll(host.flipside.inbox().listTasks(ediLead, first, 1));
    }

    assertThat(paged).isEqualTo(full);
    assertThat(host.flipside.inbox().listTasks(ediLead, 0, full.size() + 5)).isEqualTo(full);
    assertThat(full).extracting(TaskSummary::programmeId).containsOnly(programmeId);
    assertThat(full).extracting(TaskSummary::formId).contains(Forms.ACKNOWLEDGE_CONCERN);
    assertThatThrownBy(() -> host.flipside.inbox().listTasks(ediLead, -1, 10))
        .isInstanceOf(ValidationException.class).hasMessageContaining("first");
    assertThatThrownBy(() -> host.flipside.inbox().listTasks(ediLead, 0, 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("max");
  }

  @Test
  void aTaskCompletedElsewhereWhileTheListIsReadIsLeftOutAndTheListStillComes() throws Exception {
    String programmeId = host.pilotInSessions();
    host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, "First concern");
    host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, "Second concern");
    // a second EDI lead reads the same role's tasks
    host.organisation.grant(HR, FlipsideRoles.EDI_LEAD);
    List<OpenTask> before = host.tasks(HR, Forms.ACKNOWLEDGE_CONCERN);
    assertThat(before).hasSize(2);
    String second = before.get(1).id();

    // once the list is read, and while its forms are filled in (each names who raised the concern), the first EDI
    // lead acknowledges the second concern and that commits
    ExecutorService firstEdiLead = Executors.newSingleThreadExecutor();
    AtomicBoolean acknowledgedMeanwhile = new AtomicBoolean();
    host.organisation.beforeNextLookup(() -> {
      try {
        firstEdiLead.submit(() -> host.flipside.inbox().complete(Actor.of(EDI), second,
            Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), "Seen"))).get(60, TimeUnit.SECONDS);
        acknowledgedMeanwhile.set(true);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    List<OpenTask> listed = host.flipside.inbox().openTasks(Actor.of(HR));
    firstEdiLead.shutdown();

    assertThat(acknowledgedMeanwhile).isTrue();
    assertThat(listed).extracting(OpenTask::id).contains(before.get(0).id()).doesNotContain(second);
    assertThat(host.tasks(HR, Forms.RESOLVE_CONCERN)).hasSize(1);
  }

  @Test
  void aTaskTheEngineMovedWhenAStepBesideItEndedElsewhereWhileTheListIsReadIsStillListed() {
    String programmeId = host.pilotAwaitingMatchReview();
    // dir-ops also reads an EDI lead's tasks: a concern raised now is listed before the pair's first steps
    host.organisation.grant(DIR_OPS, FlipsideRoles.EDI_LEAD);
    host.flipside.concerns().raise(Actor.of(MGR_FINANCE), programmeId, "A concern");
    host.passTime(Duration.ofMinutes(1));
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    host.organisation.add(COACH, 7, "Band 7", "Organisational development", CEO);
    host.flipside.deliveryTeam().appoint(Actor.of(HR), programmeId, DeliveryRole.COACH, COACH);
    // the mentor asks for coaching beside the pair's agreement, which the engine moves off the journey's own
    // execution for as long as the request is open
    String pairing = host.flipside.learningAgreements().partnerships(Actor.of(DIR_OPS)).get(0).pairingId();
    host.flipside.pairSupport().askForCoaching(Actor.of(FINANCE_1), pairing, "Feedback practice");
    String draft = host.task(DIR_OPS, Forms.LEARNING_AGREEMENT).id();

    // once the list is read, and while the concern's form is filled in (it names who raised it), the coach takes
    // the request and that commits: the request ends, and the engine moves the agreement back
    ExecutorService coach = Executors.newSingleThreadExecutor();
    AtomicBoolean takenMeanwhile = new AtomicBoolean();
    host.organisation.beforeNextLookup(() -> {
      try {
        coach.submit(() -> host.complete(COACH, Forms.COACHING_REQUEST, Map.of(Vars.COACHING_OUTCOME.name(),
            "arranged", Vars.COACHING_ON.name(), "2027-03-10", Vars.COACHING_TIME.name(), "09:00")))
            .get(60, TimeUnit.SECONDS);
        takenMeanwhile.set(true);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    List<OpenTask> listed = host.flipside.inbox().openTasks(Actor.of(DIR_OPS));
    coach.shutdown();

    assertThat(takenMeanwhile).isTrue();
    assertThat(host.tasks(COACH, Forms.COACHING_REQUEST)).isEmpty();
    assertThat(listed).extracting(OpenTask::formId).startsWith(Forms.ACKNOWLEDGE_CONCERN);
    OpenTask readAgain = host.flipside.inbox().task(Actor.of(DIR_OPS), draft);
    assertThat(readAgain.formId()).isEqualTo(Forms.LEARNING_AGREEMENT);
    // the listed draft's form starts with what a read of the moved task alone starts it with
    assertThat(listed).filteredOn(task -> task.id().equals(draft)).singleElement()
        .extracting(OpenTask::data).isEqualTo(readAgain.data());
  }
}
