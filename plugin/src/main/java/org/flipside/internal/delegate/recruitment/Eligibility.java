package org.flipside.internal.delegate.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
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
 * Asks the newest deployed eligibility decision, employee by employee, on which side each is invited.
 *
 * <p>The table is read from the engine's repository once per recruitment and evaluated in memory by a DMN engine
 * of its own, without history and with each FEEL cell parsed once: the engine's decision service, called once per employee inside the step's
 * transaction, keeps eleven history rows per employee in that transaction (the employee's band, department and
 * groups among them) and took minutes for 10,000 employees. The step's outcome, who was invited, is Flipside's own
 * record.
 */
final class Eligibility {

  // built once: building a DMN engine costs more than asking it about a directory
  private static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
      .createDefaultDmnEngineConfiguration()).feelEngineFactory(ParsedOnceFeel::new).buildEngine();

  private final RepositoryService repository;

  Eligibility(RepositoryService repository) {
    this.repository = repository;
  }

  /** Each employee's answer ({@link Decisions#AS_MENTOR} and so on), in the order given. */
  Map<String, String> invitations(Programme programme, List<Employee> employees, Directory directory) {
    DmnDecision table = newestTable();
    VariableMap scope = scopeOf(programme);
    Map<String, String> answers = new LinkedHashMap<>();
    for (Employee employee : employees) {
      VariableMap variables = Variables.fromMap(scope)
          .putValue(Decisions.EMPLOYEE_ID.name(), employee.id())
          .putValue(Decisions.BAND.name(), employee.band())
          .putValue(Decisions.DEPARTMENT.name(), employee.department())
          .putValue(Decisions.UNITS.name(), directory.unitsOf(employee))
          .putValue(Decisions.HOST_GROUPS.name(), List.copyOf(directory.groupsOf(employee.id())));
      DmnDecisionRuleResult first = DMN.evaluateDecisionTable(table, variables).getFirstResult();
      Object answer = first == null ? null : first.get(Decisions.INVITED_AS.name());
      answers.put(employee.id(), answer == null ? Decisions.NOT_INVITED : answer.toString());
    }
    return answers;
  }

  private DmnDecision newestTable() {
    DecisionDefinition newest = Optional.ofNullable(repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(Decisions.ELIGIBILITY.key()).latestVersion().singleResult())
        .orElseThrow(() -> new IllegalStateException(
            "no eligibility decision " + Decisions.ELIGIBILITY.key() + " is deployed"));
    try (InputStream model = repository.getDecisionModel(newest.getId())) {
      return DMN.parseDecision(Decisions.ELIGIBILITY.key(), model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the eligibility decision " + newest.getId(), e);
    }
  }

  private static VariableMap scopeOf(Programme programme) {
    RecruitmentAudience audience = programme.getAudience();
    return Variables.putValue(Vars.MENTOR_MAXIMUM_BAND.name(), programme.getMentorMaximumBand())
        .putValue(Vars.MENTEE_MINIMUM_BAND.name(), programme.getMenteeMinimumBand())
        .putValue(Decisions.DEPARTMENTS_RECRUITED.name(), audience.departments())
        .putValue(Decisions.HOST_GROUPS_RECRUITED.name(), audience.hostGroups())
        .putValue(Decisions.EMPLOYEES_RECRUITED.name(), audience.employeeIds())
        .putValue(Decisions.MENTOR_HOST_GROUPS_RECRUITED.name(), audience.mentorHostGroups())
        .putValue(Decisions.MENTOR_EMPLOYEES_RECRUITED.name(), audience.mentorEmployeeIds())
        .putValue(Decisions.MENTEE_HOST_GROUPS_RECRUITED.name(), audience.menteeHostGroups())
        .putValue(Decisions.MENTEE_EMPLOYEES_RECRUITED.name(), audience.menteeEmployeeIds());
  }
}
