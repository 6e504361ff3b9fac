package org.flipside.sandbox.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

class SyntheticDirectoryTest {

  private final SyntheticOrganisation organisation = new OrganisationGenerator().generate(42, 120);
  private final SyntheticDirectory directory = new SyntheticDirectory(organisation);

  @Test
  void findsEachEmployeeByIdAndNobodyElse() {
    Employee someone = organisation.employees().get(17);

    assertThat(directory.find(someone.id())).contains(someone);
    assertThat(directory.find("emp-9999")).isEmpty();
    assertThat(directory.find(null)).isEmpty();
  }

  @Test
  void listsEveryEmployedEmployeeInIdOrder() {
    assertThat(directory.employees()).hasSize(120).extracting(Employee::id).isSorted();
  }

  @Test
  void placesEveryDepartmentInADirectorate() {
    Employee someone = organisation.employees().stream()
        .filter(employee -> employee.department().equals("Acute Care")).findFirst().orElseThrow();
    assertThat(directory.unitsOf(someone)).containsExactly("Acute Care", "Clinical Services Directorate");
    assertThat(directory.employees()).allSatisfy(employee ->
        assertThat(directory.unitsOf(employee)).hasSize(2).first().isEqualTo(employee.department()));
  }

  @Test
  void grantsFlipsideRolesOnlyToTheAdminsAndTheSponsor() {
    String admin = organisation.hrAdminIds().get(0);

    assertThat(directory.rolesOf(admin)).containsExactly(FlipsideRoles.HR_ADMIN);
    assertThat(directory.rolesOf(organisation.sponsorId())).containsExactly(FlipsideRoles.SPONSOR);
    assertThat(directory.rolesOf(organisation.chiefExecutiveId())).isEmpty();
    assertThat(directory.rolesOf("emp-9999")).isEmpty();
  }

  @Test
  void listsTheHoldersOfARoleAsAskingEveryEmployeeWould() {
    for (String role : List.of(FlipsideRoles.HR_ADMIN, FlipsideRoles.SPONSOR, "payroll-clerk")) {
      List<Employee> askingEveryone = directory.employees().stream()
          .filter(e -> directory.rolesOf(e.id()).contains(role))
          .toList();
      assertThat(directory.holdersOf(role)).as(role).isEqualTo(askingEveryone);
    }
    assertThat(directory.holdersOf(FlipsideRoles.HR_ADMIN)).extracting(Employee::id)
        .isEqualTo(organisation.hrAdminIds());
  }

  @Test
  void theBoardAndTheBmeStaffNetworkAreHostGroupsBesideTheRoles() {
    assertThat(directory.groupsOf(organisation.chiefExecutiveId())).contains(SyntheticDirectory.BOARD);
    assertThat(directory.groupsOf(organisation.sponsorId()))
        .contains(SyntheticDirectory.BOARD, FlipsideRoles.SPONSOR);
    assertThat(directory.employees()).allSatisfy(employee -> {
      assertThat(directory.groupsOf(employee.id()).contains(SyntheticDirectory.BOARD))
          .isEqualTo(employee.band() >= Bands.HIGHEST_AGENDA_FOR_CHANGE);
      assertThat(directory.groupsOf(employee.id()).contains(SyntheticDirectory.BME_NETWORK))
          .isEqualTo(organisation.profileOf(employee.id()).ethnicGroup().isMinority());
    });
    assertThat(directory.groupsOf("emp-9999")).isEmpty();
  }

  @Test
  void managersNamedByTheDirectoryAreInTheDirectory() {
    assertThat(directory.employees()).filteredOn(e -> e.managerId() != null)
        .allSatisfy(e -> assertThat(directory.find(e.managerId())).isPresent());
  }

  @Test
  void anEmployeeRecordCarriesNoProtectedCharacteristic() {
    assertThat(Arrays.stream(Employee.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("id", "displayName", "band", "bandLabel", "department", "managerId", "employed", "locale");
    Employee someone = directory.employees().get(3);
    PrivateProfile profile = organisation.profileOf(someone.id());
    assertThat(someone.toString()).doesNotContain(profile.ethnicity());
  }
}
