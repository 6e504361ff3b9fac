package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.flipside.bpmn.vocabulary.Decision;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/** The default decision tables, deployed as the plugin deploys them and evaluated by the engine's DMN engine. */
class DecisionTablesTest extends ProcessTestCase {

  private static final int MENTOR_MAXIMUM_BAND = 5;
  private static final int MENTEE_MINIMUM_BAND = 8;

  @Test
  void everyDecisionFlipsideEvaluatesHasADefaultTable() {
    for (Decision decision : Decisions.all()) {
      assertThat(repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(decision.key()).count())
          .as(decision.key()).isEqualTo(1);
    }
  }

  @Test
  void withOnlyBandsEveryoneInTheBandsIsInvitedOnTheirSide() {
    assertThat(invitedAs(employee("e1", 4, "Finance"), scope())).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 5, "Pharmacy"), scope())).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e3", 9, "Finance"), scope())).isEqualTo(Decisions.AS_MENTEE);
    assertThat(invitedAs(employee("e4", 6, "Finance"), scope())).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void overlappingBandsInviteOnEitherSide() {
    VariableMap reciprocal = scope().putValue(Vars.MENTEE_MINIMUM_BAND.name(), 4);
    assertThat(invitedAs(employee("e1", 5, "Finance"), reciprocal)).isEqualTo(Decisions.AS_EITHER);
    assertThat(invitedAs(employee("e2", 3, "Finance"), reciprocal)).isEqualTo(Decisions.AS_MENTOR);
  }

  @Test
  void aDepartmentListInvitesOnlyThatDepartment() {
    VariableMap pharmacyOnly = scope().putValue(Decisions.DEPARTMENTS_RECRUITED.name(), List.of("Pharmacy"));
    assertThat(invitedAs(employee("e1", 4, "Pharmacy"), pharmacyOnly)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 9, "Pharmacy"), pharmacyOnly)).isEqualTo(Decisions.AS_MENTEE);
    assertThat(invitedAs(employee("e3", 4, "Finance"), pharmacyOnly)).isEqualTo(Decisions.NOT_INVITED);
    assertThat(invitedAs(employee("e4", 6, "Pharmacy"), pharmacyOnly)).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void aDirectorateListInvitesEveryDepartmentInIt() {
    VariableMap corporate = scope().putValue(Decisions.DEPARTMENTS_RECRUITED.name(), List.of("Corporate Services"));
    assertThat(invitedAs(employee("e1", 4, "Finance"), corporate)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 9, "Digital"), corporate)).isEqualTo(Decisions.AS_MENTEE);
    assertThat(invitedAs(employee("e3", 4, "Pharmacy"), corporate)).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void aNamedListInvitesOnlyThoseNamedInTheBands() {
    VariableMap named = scope().putValue(Decisions.EMPLOYEES_RECRUITED.name(), List.of("e1", "e3"));
    assertThat(invitedAs(employee("e1", 4, "Finance"), named)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 4, "Finance"), named)).isEqualTo(Decisions.NOT_INVITED);
    assertThat(invitedAs(employee("e3", 9, "Board"), named)).isEqualTo(Decisions.AS_MENTEE);
  }

  @Test
  void aHostGroupListInvitesOnlyMembersOfAGroup() {
    VariableMap network = scope().putValue(Decisions.HOST_GROUPS_RECRUITED.name(), List.of("bme-network"));
    assertThat(invitedAs(employee("e1", 4, "Finance").putValue(Decisions.HOST_GROUPS.name(),
        List.of("staff", "bme-network")), network)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 4, "Finance"), network)).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void everyLimitGivenApplies() {
    VariableMap both = scope().putValue(Decisions.DEPARTMENTS_RECRUITED.name(), List.of("Pharmacy"))
        .putValue(Decisions.EMPLOYEES_RECRUITED.name(), List.of("e1", "e2"));
    assertThat(invitedAs(employee("e1", 4, "Pharmacy"), both)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 4, "Finance"), both)).isEqualTo(Decisions.NOT_INVITED);
    assertThat(invitedAs(employee("e3", 4, "Pharmacy"), both)).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void eachSidesOwnAudienceLimitsOnlyThatSide() {
    // a board named as mentees, mentors from a staff network: a network member at board band is not a mentee
    VariableMap board = scope().putValue(Decisions.MENTOR_HOST_GROUPS_RECRUITED.name(), List.of("bme-network"))
        .putValue(Decisions.MENTEE_EMPLOYEES_RECRUITED.name(), List.of("board1"));
    assertThat(invitedAs(inNetwork(employee("e1", 4, "Finance")), board)).isEqualTo(Decisions.AS_MENTOR);
    assertThat(invitedAs(employee("e2", 4, "Finance"), board)).isEqualTo(Decisions.NOT_INVITED);
    assertThat(invitedAs(employee("board1", 9, "Board"), board)).isEqualTo(Decisions.AS_MENTEE);
    assertThat(invitedAs(inNetwork(employee("e3", 9, "Finance")), board)).isEqualTo(Decisions.NOT_INVITED);
  }

  @Test
  void inAReciprocalProgrammeASideLimitedElsewhereLeavesTheOtherSide() {
    VariableMap reciprocal = scope().putValue(Vars.MENTEE_MINIMUM_BAND.name(), 4)
        .putValue(Decisions.MENTOR_HOST_GROUPS_RECRUITED.name(), List.of("bme-network"));
    assertThat(invitedAs(inNetwork(employee("e1", 5, "Finance")), reciprocal)).isEqualTo(Decisions.AS_EITHER);
    assertThat(invitedAs(employee("e2", 5, "Finance"), reciprocal)).isEqualTo(Decisions.AS_MENTEE);
  }

  @Test
  void monthlyAndLongerCadencesRemindAWeekBeforeAndWeeklyOnesHalfway() {
    assertThat(remindBefore("P1M")).isEqualTo("P7D");
    assertThat(remindBefore("P6W")).isEqualTo("P7D");
    assertThat(remindBefore("P2W")).isEqualTo("P7D");
    assertThat(remindBefore("P1W")).isEqualTo("PT84H");
  }

  private static String invitedAs(VariableMap employee, VariableMap scope) {
    Map<String, Object> variables = Variables.fromMap(scope);
    variables.putAll(employee);
    return decisionService().evaluateDecisionTableByKey(Decisions.ELIGIBILITY.key(), variables)
        .getSingleResult().getEntry(Decisions.INVITED_AS.name());
  }

  private static String remindBefore(String cadence) {
    return decisionService().evaluateDecisionTableByKey(Decisions.REMINDER_CADENCE.key(),
            Variables.putValue(Vars.SESSION_CADENCE.name(), cadence))
        .getSingleResult().getEntry(Decisions.REMIND_BEFORE.name());
  }

  private static VariableMap employee(String id, int band, String department) {
    return Variables.putValue(Decisions.EMPLOYEE_ID.name(), id).putValue(Decisions.BAND.name(), band)
        .putValue(Decisions.DEPARTMENT.name(), department)
        .putValue(Decisions.UNITS.name(), List.of(department, directorateOf(department)))
        .putValue(Decisions.HOST_GROUPS.name(), List.of("staff"));
  }

  /** Pharmacy is the Chief Pharmacy Office; every other department sits in Corporate Services. */
  private static String directorateOf(String department) {
    return department.equals("Pharmacy") ? "Chief Pharmacy Office" : "Corporate Services";
  }

  /** A programme's scoping with bands only, as a process owner's own table would be given it too. */
  private static VariableMap inNetwork(VariableMap employee) {
    return employee.putValue(Decisions.HOST_GROUPS.name(), List.of("staff", "bme-network"));
  }

  private static VariableMap scope() {
    return Variables.putValue(Vars.MENTOR_MAXIMUM_BAND.name(), MENTOR_MAXIMUM_BAND)
        .putValue(Vars.MENTEE_MINIMUM_BAND.name(), MENTEE_MINIMUM_BAND)
        .putValue(Decisions.DEPARTMENTS_RECRUITED.name(), List.of())
        .putValue(Decisions.HOST_GROUPS_RECRUITED.name(), List.of())
        .putValue(Decisions.EMPLOYEES_RECRUITED.name(), List.of())
        .putValue(Decisions.MENTOR_HOST_GROUPS_RECRUITED.name(), List.of())
        .putValue(Decisions.MENTOR_EMPLOYEES_RECRUITED.name(), List.of())
        .putValue(Decisions.MENTEE_HOST_GROUPS_RECRUITED.name(), List.of())
        .putValue(Decisions.MENTEE_EMPLOYEES_RECRUITED.name(), List.of());
  }
}
