package org.flipside.internal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.ConflictException;
import org.flipside.api.FlipsideException;
import org.flipside.api.NotFoundException;
import org.flipside.api.TaskInbox;
import org.flipside.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class ApiBoundaryTest {

  private static final Actor EMPLOYEE = Actor.of("e-1");

  private final TaskInbox service = mock(TaskInbox.class);
  private final TaskInbox guarded = ApiBoundary.guard(TaskInbox.class, service);

  @Test
  void aCallWithoutAnActorIsRefusedBeforeTheServiceSeesIt() {
    assertThatThrownBy(() -> guarded.complete(null, "t-1", Map.of()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("actor");
    verifyNoInteractions(service);
  }

  @Test
  void aBlankActorCannotBeNamed() {
    assertThatThrownBy(() -> Actor.of(" ")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void flipsidesOwnExceptionsPassAsTheyAre() {
    ValidationException refusal = ValidationException.of("cohortSize", "must be at least 1");
    doThrow(refusal).when(service).complete(any(), any(), any());

    assertThatThrownBy(() -> guarded.complete(EMPLOYEE, "t-1", Map.of())).isSameAs(refusal);
  }

  @Test
  void aTaskTheEngineNoLongerFindsIsNotFound() {
    doThrow(new NullValueException("ENGINE-03005 Cannot find task with id t-1: task is null"))
        .when(service).complete(any(), any(), any());

    assertThatThrownBy(() -> guarded.complete(EMPLOYEE, "t-1", Map.of()))
        .isExactlyInstanceOf(NotFoundException.class).hasNoCause()
        .message().doesNotContain("ENGINE").doesNotContain("null");
  }

  @Test
  void aRaceLostInTheEngineOrInJpaIsAConflict() {
    doThrow(new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction"))
        .when(service).complete(any(), any(), any());
    when(service.openTasks(any())).thenThrow(new JpaSystemException(new OptimisticLockException("row version")));

    assertThatThrownBy(() -> guarded.complete(EMPLOYEE, "t-1", Map.of()))
        .isExactlyInstanceOf(ConflictException.class).hasNoCause();
    assertThatThrownBy(() -> guarded.openTasks(EMPLOYEE))
        .isExactlyInstanceOf(ConflictException.class).hasNoCause();
  }

  @Test
  void anyOtherEngineOrJdbcFailureBecomesAFlipsideExceptionInFlipsidesWords() {
    when(service.openTasks(any())).thenThrow(
        new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation", new SQLException(
            "ERROR: value too long for type character varying(255)")));

    assertThatThrownBy(() -> guarded.openTasks(EMPLOYEE))
        .isExactlyInstanceOf(FlipsideException.class).hasNoCause()
        .hasMessageStartingWith("Flipside could not complete TaskInbox.openTasks and changed nothing")
        .message().doesNotContain("ENGINE").doesNotContain("SQL").doesNotContain("varying");
  }

  @Test
  void theHostsOwnFailureWrappedByTheEngineKeepsItsWordsButNotTheWrapper() {
    when(service.openTasks(any())).thenThrow(
        new ProcessEngineException("ENGINE-09005 delegate failed", new IllegalStateException("the directory is down")));

    assertThatThrownBy(() -> guarded.openTasks(EMPLOYEE))
        .isExactlyInstanceOf(FlipsideException.class).hasNoCause()
        .hasMessageEndingWith(": the directory is down");
  }

  @Test
  void aFlipsideExceptionWrappingAnEngineExceptionLosesTheEngineException() {
    when(service.openTasks(any())).thenThrow(
        new FlipsideException("the journey is not running", new ProcessEngineException("ENGINE-13031 no execution")));

    assertThatThrownBy(() -> guarded.openTasks(EMPLOYEE))
        .isExactlyInstanceOf(FlipsideException.class).hasNoCause().hasMessage("the journey is not running");
  }

  @Test
  void theHostsOwnFailureThatNeverCrossedTheEnginePassesAsItIs() {
    IllegalStateException hostFailure = new IllegalStateException("the directory is down");
    when(service.openTasks(any())).thenThrow(hostFailure);

    assertThatThrownBy(() -> guarded.openTasks(EMPLOYEE)).isSameAs(hostFailure);
  }
}
