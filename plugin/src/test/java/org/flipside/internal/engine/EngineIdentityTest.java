package org.flipside.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.spi.FlipsideRoles.HR_ADMIN;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.internal.host.Directory;
import org.flipside.internal.identity.HostIdentityProviderFactory;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The engine Flipside builds takes its users and groups from the host directory and from nowhere else. */
class EngineIdentityTest {

  private final Organisation host = new Organisation();
  private final HikariDataSource dataSource = EmbeddedDatabase.open();
  private final ProcessEngine engine = EngineFactory.build(dataSource, new DataSourceTransactionManager(dataSource),
      Map.of(), new HostIdentityProviderFactory(new Directory(host)), java.time.Clock.systemUTC(),
      JobExecutorSettings.DEFAULTS, new org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin(),
      () -> { });

  @AfterEach
  void close() {
    engine.close();
    dataSource.close();
  }

  @Test
  void theEngineKeepsNoUserOrGroupTablesOfItsOwn() throws SQLException {
    assertThat(tables("ACT_RU_TASK")).as("the engine's own tables are there").hasSize(1);
    assertThat(tables("ACT_ID_%")).isEmpty();
    assertThat(engine.getIdentityService().isReadOnly()).isTrue();
  }

  @Test
  void theIdentityServiceAnswersFromTheDirectory() {
    IdentityService identity = engine.getIdentityService();

    assertThat(identity.createUserQuery().memberOfGroup(HR_ADMIN).orderByUserId().asc().list())
        .extracting(User::getId).containsExactly("ada", "cy");
    assertThat(identity.createUserQuery().userId("bo").singleResult().getFirstName()).isEqualTo("Bo");
    assertThat(identity.createGroupQuery().groupMember("ada").list()).extracting(Group::getId).containsExactly(HR_ADMIN);
    assertThat(identity.checkPassword("ada", "secret")).isFalse();
  }

  @Test
  void aTaskOfferedToARoleReachesItsHoldersAsSoonAsTheHostGrantsItAndLeavesWhenItIsTakenAway() {
    engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn",
        Bpmn.createExecutableProcess("review").startEvent().userTask("Review").camundaCandidateGroups(HR_ADMIN)
            .endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("review");
    TaskService tasks = engine.getTaskService();

    assertThat(tasks.createTaskQuery().taskCandidateUser("ada").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskCandidateUser("bo").count()).isZero();

    host.grant("bo", HR_ADMIN);
    assertThat(tasks.createTaskQuery().taskCandidateUser("bo").count()).isEqualTo(1);
    host.revoke("bo", HR_ADMIN);
    assertThat(tasks.createTaskQuery().taskCandidateUser("bo").count()).isZero();
  }

  private List<String> tables(String pattern) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), pattern, null)) {
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  /** Three employees, ada and cy HR admins; roles change as a host's would. */
  private static final class Organisation implements EmployeeDirectory {

    private static final List<String> IDS = List.of("ada", "bo", "cy");

    private final Map<String, Set<String>> roles = new ConcurrentHashMap<>();

    Organisation() {
      grant("ada", HR_ADMIN);
      grant("cy", HR_ADMIN);
    }

    void grant(String employeeId, String role) {
      roles.computeIfAbsent(employeeId, id -> ConcurrentHashMap.newKeySet()).add(role);
    }

    void revoke(String employeeId, String role) {
      rolesOf(employeeId).remove(role);
    }

    @Override
    public Optional<Employee> find(String employeeId) {
      return IDS.contains(employeeId)
          ? Optional.of(new Employee(employeeId, employeeId.substring(0, 1).toUpperCase() + employeeId.substring(1),
              6, "Band 6", "People", null, true))
          : Optional.empty();
    }

    @Override
    public List<Employee> employees() {
      return IDS.stream().flatMap(id -> find(id).stream()).toList();
    }

    @Override
    public Set<String> rolesOf(String employeeId) {
      return roles.getOrDefault(employeeId, new HashSet<>());
    }
  }
}
