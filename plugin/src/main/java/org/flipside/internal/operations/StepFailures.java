package org.flipside.internal.operations;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.flipside.api.OperationalComponent;

/**
 * Gives each failed attempt at a step's work a reason in plain words before the engine records it, so the engine
 * keeps (and an incident shows) that sentence rather than whatever the failure said; the failure itself stays its
 * cause, for the log. The engine's retry rules are otherwise its own.
 */
final class StepFailures implements FailedJobCommandFactory {

  static final String UNEXPECTED = "The step's work failed inside Flipside; Flipside's log has the details.";

  private static final Map<OperationalComponent, String> HOST_SERVICE_FAILED = Stream.of(
          OperationalComponent.DIRECTORY, OperationalComponent.NOTIFIER, OperationalComponent.CALENDAR,
          OperationalComponent.LEARNING_RECORDS)
      .collect(Collectors.toUnmodifiableMap(Function.identity(), service -> "The host's " + HealthCheck.nameOf(service)
          + " failed while the step ran; retry it once the " + HealthCheck.nameOf(service) + " answers again."));

  private final Runnable failed;

  /** Failures that also tell {@code failed} of each attempt that failed. */
  StepFailures(Runnable failed) {
    this.failed = failed;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable failure) {
    if (failure instanceof OptimisticLockingException) {
      // a race lost to another node is no failure of the step: the engine tries again without counting it
      return new DefaultJobRetryCmd(jobId, failure);
    }
    failed.run();
    return new DefaultJobRetryCmd(jobId, new StepFailure(reasonFor(failure), failure));
  }

  /** The plain reason for a failure: a host service's, when one failed, else an unexpected failure's. */
  static String reasonFor(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (Throwable mark : cause.getSuppressed()) {
        if (mark instanceof HostServiceFailed host) {
          return HOST_SERVICE_FAILED.get(host.service());
        }
      }
    }
    return UNEXPECTED;
  }

  /** What an incident may show of what the engine recorded: one of Flipside's reasons, never other text. */
  static String plain(String recorded) {
    return recorded != null && HOST_SERVICE_FAILED.containsValue(recorded) ? recorded : UNEXPECTED;
  }

  /** A failure with its plain reason as the message. */
  private static final class StepFailure extends RuntimeException {
    StepFailure(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

}
