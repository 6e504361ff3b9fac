package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.HR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskSummary;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * An inbox lists what is open when it is read, while others complete the tasks in it; its light listing pages the
 * same tasks.
 */
abstract class InboxWhileTasksCloseContract extends HostedContract {

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
}
