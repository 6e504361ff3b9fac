package org.flipside.internal.delegate.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;

/**
 * An engine with full history, as Flipside runs it, holding the bundle's eligibility table, and an organisation
 * whose every fifth employee is in Pharmacy, half of them at band 3 and half at band 8.
 */
final class EligibilityFixture implements AutoCloseable {

  static final List<String> DEPARTMENTS = List.of("Finance", "Operations", "Pharmacy", "People", "Estates");

  final ProcessEngine engine;

  EligibilityFixture(String name) {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName(name)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("org/flipside/bpmn/decisions/flipside-eligibility.dmn").deploy();
  }

  static List<Employee> employees(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Employee("e" + i, "Employee " + i,
        1 + i % 10, "Band " + (1 + i % 10), DEPARTMENTS.get(i % DEPARTMENTS.size()), null, true)).toList();
  }

  /** A reverse programme recruiting mentors up to band 5 and mentees from band 8, from Pharmacy alone. */
  static Programme pharmacyProgramme() {
    Programme programme = new Programme("Pharmacy", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY", "mentor", "mentee",
        "hr", "ceo", Instant.EPOCH);
    programme.setMentorMaximumBand(5);
    programme.setMenteeMinimumBand(8);
    programme.getAudience().limitTo(List.of("Pharmacy"), List.of(), List.of());
    return programme;
  }

  /** Flipside's eligibility for everyone, inside one engine command as the recruitment step runs it. */
  Map<String, String> invitations(Programme programme, List<Employee> employees) {
    Directory directory = new Directory(new Organisation(employees));
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command -> new Eligibility(engine.getRepositoryService()).invitations(programme, employees, directory));
  }

  @Override
  public void close() {
    engine.close();
  }

  private record Organisation(List<Employee> everyone) implements EmployeeDirectory {

    @Override
    public Optional<Employee> find(String employeeId) {
      return everyone.stream().filter(employee -> employee.id().equals(employeeId)).findFirst();
    }

    @Override
    public List<Employee> employees() {
      return everyone;
    }

    @Override
    public Set<String> rolesOf(String employeeId) {
      return Set.of("staff");
    }
  }
}
