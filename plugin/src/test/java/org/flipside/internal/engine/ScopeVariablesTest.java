package org.flipside.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.internal.host.Directory;
import org.flipside.internal.identity.HostIdentityProviderFactory;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A task's variables read with those of its executions in one statement are what the engine reads scope by scope:
 * each name from the nearest scope that holds it, nothing of a parallel task's, and the engine's own writes in the
 * same command land where they would and are seen where it would see them; the process's other executions are not
 * read for it. A task another command moved since it was read (its parallel branch the last left) is still read, with
 * its own variables and those its branch handed up as they are now; one completed elsewhere has none.
 */
class ScopeVariablesTest {

  private final HikariDataSource dataSource = EmbeddedDatabase.open();
  private final ProcessEngine engine = EngineFactory.build(dataSource, new DataSourceTransactionManager(dataSource),
      Map.of(), new HostIdentityProviderFactory(new Directory(new NoOne())), Clock.systemUTC(),
      JobExecutorSettings.DEFAULTS, new AbstractProcessEnginePlugin(), () -> { });
  private final TaskService tasks = engine.getTaskService();
  private final TaskVariables variables = new TaskVariables(engine);

  @AfterEach
  void close() {
    engine.close();
    dataSource.close();
  }

  @Test
  void eachNameComesFromTheNearestScopeAndATaskSeesOnlyItsOwnLocals() {
    String process = start();
    String mine = task("Mine");
    String theirs = task("Theirs");
    tasks.setVariableLocal(mine, "c", "mine");
    tasks.setVariableLocal(theirs, "c", "theirs");

    assertThat(variables.of(mine, List.of("a", "b", "c")))
        .contains(Map.of("a", "process", "b", "subprocess", "c", "mine"));
    assertThat(variables.of(theirs, List.of("a", "b", "c")))
        .contains(Map.of("a", "process", "b", "subprocess", "c", "theirs"));
    assertThat(engine.getRuntimeService().getVariableLocal(process, "b")).isEqualTo("process");
  }

  @Test
  void theEngineWritesWhereItWouldAfterTheChainWasReadInTheSameCommand() {
    String process = start();
    String mine = task("Mine");

    new EngineCommands(engine).asOne(() -> {
      assertThat(variables.of(mine, List.of("b"))).contains(Map.of("b", "subprocess"));
      tasks.complete(mine, Map.of("b", "changed", "d", "new"));
      return null;
    });

    String theirs = task("Theirs");
    assertThat(variables.of(theirs, List.of("a", "b", "d")))
        .contains(Map.of("a", "process", "b", "changed", "d", "new"));
    assertThat(engine.getRuntimeService().getVariableLocal(process, "b")).isEqualTo("process");
    assertThat(engine.getRuntimeService().getVariableLocal(process, "d")).isEqualTo("new");
  }

  @Test
  void aVariableTheEngineSetInTheSameCommandIsSeen() {
    start();
    String mine = task("Mine");

    new EngineCommands(engine).asOne(() -> {
      assertThat(variables.of(mine, List.of("b", "e"))).contains(Map.of("b", "subprocess"));
      tasks.setVariable(mine, "b", "changed");
      tasks.setVariable(mine, "e", "new");
      assertThat(variables.of(mine, List.of("b", "e"))).contains(Map.of("b", "changed", "e", "new"));
      return null;
    });
  }

  @Test
  void theVariablesAreReadWithoutLoadingTheProcessInstancesOtherExecutions() {
    start();
    String mine = task("Mine");
    String theirs = tasks.createTaskQuery().taskDefinitionKey("Theirs").singleResult().getExecutionId();

    new EngineCommands(engine).asOne(() -> {
      assertThat(variables.of(mine, List.of("a"))).contains(Map.of("a", "process"));
      assertThat(Context.getCommandContext().getDbEntityManager().getCachedEntity(ExecutionEntity.class, theirs))
          .isNull();
      return null;
    });
  }

  @Test
  void aTaskCreatedInTheSameCommandSeesWhatItsNewScopesWereGiven() {
    String process = start();
    tasks.complete(task("Mine"));
    tasks.complete(task("Theirs"));

    new EngineCommands(engine).asOne(() -> {
      // a new instance's executions hold what they were given in memory only until the command ends
      engine.getRuntimeService().createProcessInstanceByKey("nested").setVariables(Map.of("a", "again", "b", "again"))
          .execute();
      String mine = Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
          .filter(task -> task.getTaskDefinitionKey().equals("Mine") && !task.getProcessInstanceId().equals(process))
          .findFirst().orElseThrow().getId();
      assertThat(variables.of(mine, List.of("a", "b"))).contains(Map.of("a", "again", "b", "subprocess"));
      return null;
    });
  }

  @Test
  void aTaskThatHasGoneHasNoVariables() {
    start();
    String mine = task("Mine");
    tasks.complete(mine);

    assertThat(variables.of(mine, List.of("a"))).isEmpty();
  }

  @Test
  void aTaskMovedWhenItsParallelBranchEndedElsewhereSinceItWasReadIsStillRead() {
    start();
    String mine = task("Mine");
    String theirs = task("Theirs");
    tasks.setVariableLocal(mine, "c", "task");
    String mineBefore = executionOf(mine);

    String mineAfter = new EngineCommands(engine).asOne(() -> {
      // the task is read, as a listing reads it; then the other branch ends elsewhere, which commits before this
      // command goes on: the engine moves the task from its branch's execution, now gone, to the subprocess's
      Context.getCommandContext().getTaskManager().findTaskById(mine);
      elsewhere(() -> tasks.complete(theirs));
      assertThat(variables.of(mine, List.of("a", "b", "c")))
          .contains(Map.of("a", "process", "b", "subprocess", "c", "task"));
      return elsewhere(() -> executionOf(mine));
    });

    assertThat(mineAfter).isNotEqualTo(mineBefore);
  }

  @Test
  void aTaskMovedElsewhereIsReadThroughTheEngineWhenTheEngineHoldsTheVariablesOfWhereItMoved() {
    start();
    String mine = task("Mine");
    String theirs = task("Theirs");
    tasks.setVariableLocal(mine, "c", "task");
    String subprocess = new EngineCommands(engine).asOne(() ->
        Context.getCommandContext().getExecutionManager().findExecutionById(executionOf(mine)).getParentId());

    new EngineCommands(engine).asOne(() -> {
      Context.getCommandContext().getTaskManager().findTaskById(mine);
      // the engine loads the subprocess's variables, which the task sees once it moves there
      assertThat(engine.getRuntimeService().getVariablesLocal(subprocess)).containsEntry("b", "subprocess");
      elsewhere(() -> tasks.complete(theirs));
      // the task's own variables moved with it, off the execution its cached row still names
      assertThat(variables.of(mine, List.of("a", "b", "c")))
          .contains(Map.of("a", "process", "b", "subprocess", "c", "task"));
      return null;
    });
    assertThat(executionOf(mine)).isEqualTo(subprocess);
  }

  @Test
  void aTaskMovedUpSeesWhatItsBranchHandedUpNotWhatTheCommandReadBeforeItMoved() {
    start();
    String mine = task("Mine");
    String theirs = task("Theirs");
    engine.getRuntimeService().setVariableLocal(executionOf(mine), "b", "branch");

    new EngineCommands(engine).asOne(() -> {
      // the other task's read holds the subprocess's variables as they were; the branch ends, and the engine
      // hands the variables of the branch the task leaves up to the subprocess, over one of the same name
      assertThat(variables.of(theirs, List.of("b"))).contains(Map.of("b", "subprocess"));
      Context.getCommandContext().getTaskManager().findTaskById(mine);
      elsewhere(() -> tasks.complete(theirs));
      assertThat(variables.of(mine, List.of("a", "b"))).contains(Map.of("a", "process", "b", "branch"));
      return null;
    });
    assertThat(engine.getRuntimeService().getVariableLocal(executionOf(mine), "b")).isEqualTo("branch");
  }

  @Test
  void aTaskCompletedElsewhereSinceItWasReadHasNoVariables() {
    start();
    String mine = task("Mine");

    new EngineCommands(engine).asOne(() -> {
      Context.getCommandContext().getTaskManager().findTaskById(mine);
      elsewhere(() -> tasks.complete(mine));
      assertThat(variables.of(mine, List.of("a", "b"))).isEmpty();
      return null;
    });
  }

  /** Two parallel tasks in a subprocess that holds {@code b} of its own; the process holds {@code a} and {@code b}. */
  private String start() {
    engine.getRepositoryService().createDeployment().addModelInstance("nested.bpmn",
        Bpmn.createExecutableProcess("nested").startEvent()
            .subProcess("Sub").camundaInputParameter("b", "subprocess").embeddedSubProcess()
            .startEvent().parallelGateway("Fork").userTask("Mine").endEvent("MineDone")
            .moveToNode("Fork").userTask("Theirs").endEvent("TheirsDone")
            .subProcessDone().endEvent().done()).deploy();
    return engine.getRuntimeService()
        .startProcessInstanceByKey("nested", Map.of("a", "process", "b", "process")).getId();
  }

  private String task(String key) {
    return tasks.createTaskQuery().taskDefinitionKey(key).singleResult().getId();
  }

  private String executionOf(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult().getExecutionId();
  }

  /** Runs the work in an engine command and a transaction of its own, which commit before this returns. */
  private <T> T elsewhere(Callable<T> work) {
    ExecutorService otherThread = Executors.newSingleThreadExecutor();
    try {
      return otherThread.submit(work).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      otherThread.shutdown();
    }
  }

  private void elsewhere(Runnable work) {
    elsewhere(() -> {
      work.run();
      return null;
    });
  }

  /** A directory with nobody in it: these processes offer their tasks to no one. */
  private static final class NoOne implements EmployeeDirectory {

    @Override
    public Optional<Employee> find(String employeeId) {
      return Optional.empty();
    }

    @Override
    public List<Employee> employees() {
      return List.of();
    }

    @Override
    public Set<String> rolesOf(String employeeId) {
      return Set.of();
    }
  }
}
