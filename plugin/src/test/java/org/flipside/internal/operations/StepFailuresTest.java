package org.flipside.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.flipside.api.OperationalComponent;
import org.junit.jupiter.api.Test;

class StepFailuresTest {

  @Test
  void aFailureAHostServiceCausedSaysWhichServiceWhereverItSitsInTheChain() {
    RuntimeException host = new IllegalStateException("the host's notifier is down");
    host.addSuppressed(new HostServiceFailed(OperationalComponent.CALENDAR));
    RuntimeException wrapped = new RuntimeException("ENGINE-16004 Exception while closing command context", host);

    assertThat(StepFailures.reasonFor(wrapped)).isEqualTo(
        "The host's calendar gateway failed while the step ran; retry it once the calendar gateway answers again.");
  }

  @Test
  void anyOtherFailureGetsTheUnexpectedReasonAndNoneOfItsOwnWords() {
    String reason = StepFailures.reasonFor(new IllegalArgumentException("column EMPLOYEE_ID is null"));

    assertThat(reason).isEqualTo(StepFailures.UNEXPECTED).doesNotContain("EMPLOYEE_ID");
  }

  @Test
  void whatTheEngineRecordedIsShownOnlyWhenItIsOneOfFlipsidesReasons() {
    String hostReason = StepFailures.reasonFor(marked(OperationalComponent.DIRECTORY));

    assertThat(StepFailures.plain(hostReason)).isEqualTo(hostReason);
    assertThat(StepFailures.plain("org.h2.jdbc.JdbcSQLSyntaxErrorException: Table X not found"))
        .isEqualTo(StepFailures.UNEXPECTED);
    assertThat(StepFailures.plain(null)).isEqualTo(StepFailures.UNEXPECTED);
  }

  @Test
  void aRaceLostToAnotherNodeIsNoFailureOfTheStep() {
    AtomicInteger failed = new AtomicInteger();
    StepFailures failures = new StepFailures(failed::incrementAndGet);

    failures.getCommand("job-1", new OptimisticLockingException("another node took it"));
    assertThat(failed).hasValue(0);
    failures.getCommand("job-1", new IllegalStateException("down"));
    assertThat(failed).hasValue(1);
  }

  private static RuntimeException marked(OperationalComponent service) {
    RuntimeException failure = new IllegalStateException("down");
    failure.addSuppressed(new HostServiceFailed(service));
    return failure;
  }
}
