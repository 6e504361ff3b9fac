package org.flipside.internal.delegate.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>The scoping form, the scope's check against the cohort size, the sponsor's sign-off (shown, then checked again
 * as it is answered) and recruitment each ask about the whole directory, for the same scope. So the answers are kept
 * per table version and scope, each under everything the table was given about the employee: a later ask evaluates
 * only employees it has not seen with those inputs (a joiner, a change of band, department, units or groups), and
 * answers the rest as before. A table is assumed to answer from what it is given, as the bundle's does.
 */
final class Eligibility {

  // built once: building a DMN engine costs more than asking it about a directory
  private static final DmnEngine DMN = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
      .createDefaultDmnEngineConfiguration()).feelEngineFactory(ParsedOnceFeel::new).buildEngine();

  /** Scopes whose answers are kept; a host runs few programmes through scoping and recruitment at once. */
  private static final int SCOPES_KEPT = 16;

  /** The answers so far by table version and scope, the least recently asked dropped first. */
  private static final Map<Asked, Answers> ANSWERED = Collections.synchronizedMap(
      new LinkedHashMap<>(SCOPES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, Answers> eldest) {
          return size() > SCOPES_KEPT;
        }
      });

  private final RepositoryService repository;

  Eligibility(RepositoryService repository) {
    this.repository = repository;
  }

  /** Each employee's answer ({@link Decisions#AS_MENTOR} and so on), in the order given. */
  Map<String, String> invitations(Programme programme, List<Employee> employees, Directory directory) {
    DecisionDefinition newest = newestDefinition();
    VariableMap scope = scopeOf(programme);
    Answers answered = ANSWERED.computeIfAbsent(new Asked(newest.getId(), new HashMap<>(scope)),
        asked -> new Answers(parse(newest), new ConcurrentHashMap<>()));
    Map<String, String> answers = new LinkedHashMap<>();
    for (Employee employee : employees) {
      Inputs inputs = new Inputs(employee.id(), employee.band(), employee.department(), directory.unitsOf(employee),
          List.copyOf(directory.groupsOf(employee.id())));
      answers.put(employee.id(), answered.byInputs().computeIfAbsent(inputs,
          asked -> ask(answered.table(), scope, asked)));
    }
    return answers;
  }

  private static String ask(DmnDecision table, VariableMap scope, Inputs employee) {
    VariableMap variables = Variables.fromMap(scope)
        .putValue(Decisions.EMPLOYEE_ID.name(), employee.id())
        .putValue(Decisions.BAND.name(), employee.band())
        .putValue(Decisions.DEPARTMENT.name(), employee.department())
        .putValue(Decisions.UNITS.name(), employee.units())
        .putValue(Decisions.HOST_GROUPS.name(), employee.groups());
    DmnDecisionRuleResult first = DMN.evaluateDecisionTable(table, variables).getFirstResult();
    Object answer = first == null ? null : first.get(Decisions.INVITED_AS.name());
    return answer == null ? Decisions.NOT_INVITED : answer.toString();
  }

  private DecisionDefinition newestDefinition() {
    return Optional.ofNullable(repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(Decisions.ELIGIBILITY.key()).latestVersion().singleResult())
        .orElseThrow(() -> new IllegalStateException(
            "no eligibility decision " + Decisions.ELIGIBILITY.key() + " is deployed"));
  }

  private DmnDecision parse(DecisionDefinition newest) {
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

  /** A table version (the engine's id of the deployed decision) and the scope it was asked about. */
  private record Asked(String tableId, Map<String, Object> scope) {}

  /** What the table was given about one employee. */
  private record Inputs(String id, int band, String department, List<String> units, List<String> groups) {}

  /** The parsed table and its answers so far, by the employee's inputs. */
  private record Answers(DmnDecision table, Map<Inputs, String> byInputs) {}
}
