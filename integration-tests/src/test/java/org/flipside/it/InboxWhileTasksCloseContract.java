package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.HR;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/** An inbox lists what is open when it is read, while others complete the tasks in it. */
abstract class InboxWhileTasksCloseContract extends HostedContract {

  private static final int CONCERNS = 25;

  @Test
  void listingNeverFailsBecauseSomeoneElseCompletedATaskMeanwhile() throws Exception {
    String programmeId = host.pilotInSessions();
    for (int i = 0; i < CONCERNS; i++) {
      host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, "Concern " + i);
    }
    // a second EDI lead reads the same role's tasks while the first acknowledges them one by one
    host.organisation.grant(HR, FlipsideRoles.EDI_LEAD);
    assertThat(host.tasks(HR, Forms.ACKNOWLEDGE_CONCERN)).hasSize(CONCERNS);

    ExecutorService people = Executors.newFixedThreadPool(2);
    AtomicBoolean acknowledging = new AtomicBoolean(true);
    Future<Integer> lists = people.submit(() -> {
      int read = 0;
      while (acknowledging.get()) {
        List<OpenTask> open = host.flipside.inbox().openTasks(Actor.of(HR));
        assertThat(open).allSatisfy(task -> assertThat(task.data()).isNotNull());
        read++;
      }
      return read;
    });
    Future<?> acknowledgements = people.submit(() -> {
      try {
        for (OpenTask concern : host.tasks(EDI, Forms.ACKNOWLEDGE_CONCERN)) {
          host.flipside.inbox().complete(Actor.of(EDI), concern.id(), Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), "Seen"));
        }
      } finally {
        acknowledging.set(false);
      }
      return null;
    });
    acknowledgements.get(300, TimeUnit.SECONDS);
    assertThat(lists.get(60, TimeUnit.SECONDS)).as("lists read while the tasks closed").isPositive();
    people.shutdown();

    assertThat(host.tasks(HR, Forms.ACKNOWLEDGE_CONCERN)).isEmpty();
    assertThat(host.tasks(HR, Forms.RESOLVE_CONCERN)).hasSize(CONCERNS);
  }
}
