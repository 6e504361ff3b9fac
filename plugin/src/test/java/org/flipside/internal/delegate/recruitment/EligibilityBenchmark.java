package org.flipside.internal.delegate.recruitment;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;

/**
 * Times recruitment's eligibility decision for organisations of 1,000 and 10,000 employees against a baseline measured
 * in the same run: the engine's own decision service asked once per employee inside one step, as a business rule
 * would be, which keeps history for every answer. Prints milliseconds and the ratio per employee, and what asking
 * again about the same scope costs (as the sign-off and recruitment do after the scoping step).
 */
public final class EligibilityBenchmark {

  private static final int BASELINE_EMPLOYEES = 1_000;

  private EligibilityBenchmark() {}

  public static void main(String[] args) {
    try (EligibilityFixture fixture = new EligibilityFixture("eligibility-benchmark")) {
      Programme programme = EligibilityFixture.pharmacyProgramme();
      fixture.invitations(programme, EligibilityFixture.employees(200)); // warm up both paths
      baseline(fixture, programme, EligibilityFixture.employees(200));

      double baselinePerEmployee = millis(() -> baseline(fixture, programme,
          EligibilityFixture.employees(BASELINE_EMPLOYEES))) / BASELINE_EMPLOYEES;
      System.out.printf("baseline: the engine's decision service, %,d employees: %.3f ms each%n",
          BASELINE_EMPLOYEES, baselinePerEmployee);
      for (int employees : List.of(1_000, 10_000)) {
        List<Employee> organisation = EligibilityFixture.employees(employees);
        double took = millis(() -> fixture.invitations(programme, organisation));
        System.out.printf("Flipside's eligibility, %,d employees: %,.0f ms, %.3f ms each, %.2fx the baseline%n",
            employees, took, took / employees, took / employees / baselinePerEmployee);
        double again = millis(() -> fixture.invitations(programme, organisation));
        System.out.printf("  asked again, same scope: %,.0f ms, %.4f ms each, %.3fx the first ask%n",
            again, again / employees, again / took);
      }
    }
  }

  private static void baseline(EligibilityFixture fixture, Programme programme, List<Employee> employees) {
    DecisionService decisions = fixture.engine.getDecisionService();
    ((ProcessEngineConfigurationImpl) fixture.engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> {
          for (Employee employee : employees) {
            decisions.evaluateDecisionTableByKey(Decisions.ELIGIBILITY.key(), Variables.createVariables()
                .putValue(Vars.MENTOR_MAXIMUM_BAND.name(), programme.getMentorMaximumBand())
                .putValue(Vars.MENTEE_MINIMUM_BAND.name(), programme.getMenteeMinimumBand())
                .putValue(Decisions.DEPARTMENTS_RECRUITED.name(), programme.getAudience().departments())
                .putValue(Decisions.HOST_GROUPS_RECRUITED.name(), programme.getAudience().hostGroups())
                .putValue(Decisions.EMPLOYEES_RECRUITED.name(), programme.getAudience().employeeIds())
                .putValue(Decisions.EMPLOYEE_ID.name(), employee.id())
                .putValue(Decisions.BAND.name(), employee.band())
                .putValue(Decisions.DEPARTMENT.name(), employee.department())
                .putValue(Decisions.HOST_GROUPS.name(), List.of("staff")));
          }
          return null;
        });
  }

  private static double millis(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1e6;
  }
}
