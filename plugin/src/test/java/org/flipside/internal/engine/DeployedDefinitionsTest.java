package org.flipside.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.Task;
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
 * The engine's commands take what a deployment fixed, its process definitions and their job definitions, from memory
 * rather than reading their rows again.
 */
class DeployedDefinitionsTest {

  private final HikariDataSource dataSource = EmbeddedDatabase.open();
  private final ProcessEngine engine = engine();
  private ProcessEngine otherNode;

  @AfterEach
  void close() {
    if (otherNode != null) {
      otherNode.close();
    }
    engine.close();
    dataSource.close();
  }

  @Test
  void readingAndCompletingATaskReadsNoProcessDefinitionRow() throws SQLException {
    deployAndStart();
    countStatements();

    Task task = engine.getTaskService().createTaskQuery().initializeFormKeys().singleResult();
    engine.getTaskService().getVariables(task.getId());
    engine.getTaskService().complete(task.getId(), Map.of("answer", "yes"));

    assertThat(task.getFormKey()).isEqualTo("review-form");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    assertThat(reads("ACT_RE_PROCDEF where ID_")).isZero();
  }

  @Test
  void creatingAndRunningATimerJobReadsNoJobDefinitionRowOnceItWasRead() throws SQLException {
    engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
        Bpmn.createExecutableProcess("wait").camundaHistoryTimeToLive(180).startEvent()
            .intermediateCatchEvent("Wait").timerWithDuration("PT1M").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("wait");
    countStatements();

    engine.getRuntimeService().startProcessInstanceByKey("wait");
    engine.getManagementService().createJobQuery().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(2);
    assertThat(reads("ACT_RU_JOBDEF where ID_")).isZero();
  }

  @Test
  void aNodeThatHasNotParsedTheDefinitionReadsItsRowAndCompletesTheTask() throws SQLException {
    deployAndStart();
    otherNode = engine();
    countStatements();

    TaskService tasks = otherNode.getTaskService();
    tasks.complete(tasks.createTaskQuery().singleResult().getId(), Map.of("answer", "yes"));

    assertThat(otherNode.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    assertThat(reads("ACT_RE_PROCDEF where ID_")).isPositive();
  }

  @Test
  void noNodeStartsAnInstanceOfAProcessItsRowSaysIsSuspended() {
    deployAndStart();
    otherNode = engine();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().singleResult().getId();
    otherNode.getRuntimeService().startProcessInstanceById(definitionId, Map.of("programmeId", "p-2"));

    Throwable suspension = catchThrowable(() -> engine.getRepositoryService()
        .suspendProcessDefinitionById(definitionId));

    boolean suspended = engine.getRepositoryService().createProcessDefinitionQuery().suspended().count() == 1;
    for (ProcessEngine node : List.of(engine, otherNode)) {
      Throwable start = catchThrowable(() -> node.getRuntimeService().startProcessInstanceById(definitionId,
          Map.of("programmeId", "p-3")));
      assertThat(start == null).as("%s starts an instance though the row says suspended: %s",
          node == engine ? "the node that suspended it" : "the other node", suspended).isEqualTo(!suspended);
    }
    assertThat(suspension).as("Camunda's own suspension is refused on a Flipside node")
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Deploy a new version");
    assertThat(catchThrowable(() -> engine.getRepositoryService()
        .updateProcessDefinitionHistoryTimeToLive(definitionId, 30))).as("nor does the history time to live change")
        .isInstanceOf(BadUserRequestException.class);
  }

  private void deployAndStart() {
    engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn",
        Bpmn.createExecutableProcess("review").camundaHistoryTimeToLive(180).startEvent()
            .userTask("Review").camundaAssignee("ada").camundaFormKey("review-form").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("review", Map.of("programmeId", "p-1"));
  }

  private ProcessEngine engine() {
    return EngineFactory.build(dataSource, new DataSourceTransactionManager(dataSource), Map.of(),
        new HostIdentityProviderFactory(new Directory(new OneEmployee())), Clock.systemUTC(),
        JobExecutorSettings.DEFAULTS, new AbstractProcessEnginePlugin(), () -> { });
  }

  /** Starts H2's count of each statement run from now on. */
  private void countStatements() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SET QUERY_STATISTICS FALSE");
      statement.execute("SET QUERY_STATISTICS TRUE");
    }
  }

  /** How often statements holding the text ran since {@link #countStatements}. */
  private long reads(String statementText) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet counted = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT"
            + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      long reads = 0;
      boolean any = false;
      while (counted.next()) {
        any = true;
        if (counted.getString(1).contains(statementText)) {
          reads += counted.getLong(2);
        }
      }
      assertThat(any).as("H2 counted the statements").isTrue();
      return reads;
    }
  }

  /** The one employee the process assigns its task to. */
  private static final class OneEmployee implements EmployeeDirectory {

    @Override
    public Optional<Employee> find(String employeeId) {
      return employees().stream().filter(employee -> employee.id().equals(employeeId)).findFirst();
    }

    @Override
    public List<Employee> employees() {
      return List.of(new Employee("ada", "Ada", 6, "Band 6", "People", null, true));
    }

    @Override
    public Set<String> rolesOf(String employeeId) {
      return Set.of();
    }
  }
}
