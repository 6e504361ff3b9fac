package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundle's eligibility table decides for an organisation of 10,000 employees inside one step, as recruitment
 * opens, on an engine with full history as Flipside runs it.
 */
class EligibilityAtScaleTest {

  private static final int EMPLOYEES = 10_000;
  private static final List<String> DEPARTMENTS = List.of("Finance", "Operations", "Pharmacy", "People", "Estates");
  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:eligibility-at-scale;DB_CLOSE_DELAY=-1")
        .setProcessEngineName("eligibility-at-scale")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("org/flipside/bpmn/decisions/flipside-eligibility.dmn").deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void tenThousandEmployeesAreDecidedInOneStep() {
    List<Employee> employees = IntStream.range(0, EMPLOYEES).mapToObj(i -> new Employee("e" + i, "Employee " + i,
        1 + i % 10, "Band " + (1 + i % 10), DEPARTMENTS.get(i % DEPARTMENTS.size()), null, true)).toList();
    Directory directory = new Directory(new Organisation(employees));
    Programme programme = new Programme("At scale", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY", "mentor", "mentee",
        "hr", "ceo", Instant.EPOCH);
    programme.setMentorMaximumBand(5);
    programme.setMenteeMinimumBand(8);
    programme.getAudience().limitTo(List.of("Pharmacy"), List.of(), List.of());

    long started = System.nanoTime();
    Map<String, String> answers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command -> new Eligibility(engine.getRepositoryService()).invitations(programme, employees, directory));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("eligibility decided for %d employees in one step: %d ms%n", EMPLOYEES, took.toMillis());

    Map<String, Long> bySide = answers.values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    // every fifth employee is in Pharmacy, and Pharmacy's 2,000 are half band 3 (mentors), half band 8 (mentees)
    assertThat(bySide).containsEntry(Decisions.AS_MENTOR, 1_000L).containsEntry(Decisions.AS_MENTEE, 1_000L)
        .containsEntry(Decisions.NOT_INVITED, 8_000L);
    assertThat(took).as("a cohort's recruitment opens well within the engine's transaction timeout")
        .isLessThan(Duration.ofSeconds(60));
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
