package org.flipside.internal.delegate.recruitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.RecruitmentAudience;
import org.flipside.spi.Employee;

/**
 * Asks the newest deployed eligibility decision, employee by employee, on which side each is invited. The version
 * is looked up once per recruitment, so each employee costs one evaluation on in-memory variables; called from a
 * step, the evaluations join the step's transaction.
 */
final class Eligibility {

  private final ProcessEngineServices engine;

  Eligibility(ProcessEngineServices engine) {
    this.engine = engine;
  }

  /** Each employee's answer ({@link Decisions#AS_MENTOR} and so on), in the order given. */
  Map<String, String> invitations(Programme programme, List<Employee> employees, Directory directory) {
    DecisionDefinition table = Optional.ofNullable(engine.getRepositoryService().createDecisionDefinitionQuery()
            .decisionDefinitionKey(Decisions.ELIGIBILITY.key()).latestVersion().singleResult())
        .orElseThrow(() -> new IllegalStateException(
            "no eligibility decision " + Decisions.ELIGIBILITY.key() + " is deployed"));
    DecisionService decisions = engine.getDecisionService();
    VariableMap scope = scopeOf(programme);
    Map<String, String> answers = new LinkedHashMap<>();
    for (Employee employee : employees) {
      VariableMap variables = Variables.fromMap(scope)
          .putValue(Decisions.EMPLOYEE_ID.name(), employee.id())
          .putValue(Decisions.BAND.name(), employee.band())
          .putValue(Decisions.DEPARTMENT.name(), employee.department())
          .putValue(Decisions.HOST_GROUPS.name(), List.copyOf(directory.rolesOf(employee.id())));
      DmnDecisionRuleResult first = decisions.evaluateDecisionTableById(table.getId(), variables)
          .getFirstResult();
      Object answer = first == null ? null : first.get(Decisions.INVITED_AS.name());
      answers.put(employee.id(), answer == null ? Decisions.NOT_INVITED : answer.toString());
    }
    return answers;
  }

  private static VariableMap scopeOf(Programme programme) {
    RecruitmentAudience audience = programme.getAudience();
    return Variables.putValue(Vars.MENTOR_MAXIMUM_BAND.name(), programme.getMentorMaximumBand())
        .putValue(Vars.MENTEE_MINIMUM_BAND.name(), programme.getMenteeMinimumBand())
        .putValue(Decisions.DEPARTMENTS_RECRUITED.name(), audience.departments())
        .putValue(Decisions.HOST_GROUPS_RECRUITED.name(), audience.hostGroups())
        .putValue(Decisions.EMPLOYEES_RECRUITED.name(), audience.employeeIds());
  }
}
