package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flipside.api.Actor;
import org.flipside.api.ConflictException;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.junit.jupiter.api.Test;

/** Many callers racing for the same step: one wins, every other gets Flipside's own answer. */
abstract class RacesContract extends HostedContract {

  static final int CALLERS = 30;

  @Test
  void thirtyCallersCompletingTheSameTaskAtOnceOneSucceedsAndEveryOtherGetsAFlipsideException() throws Exception {
    String programmeId = host.createPilot();
    OpenTask scope = host.task(HR, Forms.SCOPE_PILOT);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      calls.add(callers.submit(() -> {
        together.await();
        host.flipside.inbox().complete(Actor.of(HR), scope.id(), FlipsideHost.pilotScope());
        return null;
      }));
    }
    together.countDown();
    int succeeded = 0;
    List<Throwable> refusals = new ArrayList<>();
    for (Future<?> call : calls) {
      try {
        call.get(120, TimeUnit.SECONDS);
        succeeded++;
      } catch (java.util.concurrent.ExecutionException e) {
        refusals.add(e.getCause());
      }
    }
    callers.shutdown();

    assertThat(succeeded).as("callers whose completion went through").isEqualTo(1);
    assertThat(refusals).hasSize(CALLERS - 1).allSatisfy(refusal -> {
      assertThat(refusal).isInstanceOfAny(NotFoundException.class, ConflictException.class);
      ForeignTypes.assertNoneIn(refusal);
    });
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.PILOT_SCOPING);
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the sign-off the one completion opened").hasSize(1);
  }
}
