package org.flipside.sandbox.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationGeneratorTest {

  private final OrganisationGenerator generator = new OrganisationGenerator();

  @Test
  void theSameSeedGivesTheSameOrganisation() {
    SyntheticOrganisation first = generator.generate(42, 400);
    SyntheticOrganisation second = generator.generate(42, 400);

    assertThat(second.employees()).isEqualTo(first.employees());
    assertThat(second.hrAdminIds()).isEqualTo(first.hrAdminIds());
    assertThat(second.sponsorId()).isEqualTo(first.sponsorId());
    for (Employee employee : first.employees()) {
      assertThat(second.profileOf(employee.id())).isEqualTo(first.profileOf(employee.id()));
    }
  }

  @Test
  void anotherSeedGivesAnotherOrganisation() {
    assertThat(generator.generate(7, 400).employees()).isNotEqualTo(generator.generate(8, 400).employees());
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 57, 400, 2500})
  void hasExactlyTheRequestedNumberOfEmployeesWithUniqueIds(int size) {
    SyntheticOrganisation organisation = generator.generate(3, size);

    assertThat(organisation.employees()).hasSize(size);
    assertThat(organisation.employees()).extracting(Employee::id).doesNotHaveDuplicates().isSorted();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 42, 1234567})
  void everyManagerIsInAHigherBandAndEveryChainEndsAtTheOneChiefExecutive(long seed) {
    SyntheticOrganisation organisation = generator.generate(seed, 400);
    Map<String, Employee> byId = byId(organisation);

    List<Employee> roots = organisation.employees().stream().filter(e -> e.managerId() == null).toList();
    assertThat(roots).extracting(Employee::id).containsExactly(organisation.chiefExecutiveId());
    assertThat(roots.get(0).bandLabel()).isEqualTo("VSM");
    for (Employee employee : organisation.employees()) {
      if (employee.managerId() != null) {
        Employee manager = byId.get(employee.managerId());
        assertThat(manager).as("%s's manager exists", employee.id()).isNotNull();
        assertThat(manager.band()).as("%s's manager's band", employee.id()).isGreaterThan(employee.band());
        assertThat(organisation.managementChain(employee.id())).endsWith(organisation.chiefExecutiveId());
      }
    }
  }

  @Test
  void bandsRunFromTwoToVsmWithAgendaForChangeLabels() {
    SyntheticOrganisation organisation = generator.generate(42, 400);

    assertThat(organisation.employees()).allSatisfy(employee -> {
      assertThat(employee.band()).isBetween(Bands.LOWEST, Bands.VSM);
      assertThat(employee.bandLabel()).matches(employee.band() == Bands.VSM ? "VSM"
          : employee.band() == 8 ? "Band 8[a-d]" : "Band " + employee.band());
    });
    assertThat(organisation.employees()).extracting(Employee::band).contains(2, 5, 8, 9, 10);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 99})
  void minorityEthnicStaffAndWomenAreThinnerAtSeniorBandsAsInTheSeeds(long seed) {
    Representation figures = new Representation(generator.generate(seed, 400));

    assertThat(figures.minorityShareOfWorkforce()).isBetween(0.09, 0.13);
    assertThat(figures.minorityShareOfSeniorBands()).isLessThan(0.04)
        .isLessThan(figures.minorityShare(band -> band <= 5) / 3);
    assertThat(figures.womenShare(Bands::isSenior)).isLessThan(figures.womenShare(band -> band <= 7));
  }

  @Test
  void rolesGoToAHandfulOfHrAdminsOneOfThemTheEdiLeadOneSponsorAndOneProcessOwner() {
    SyntheticOrganisation organisation = generator.generate(42, 400);

    assertThat(organisation.hrAdminIds()).hasSizeBetween(2, 5);
    assertThat(organisation.hrAdminIds()).allSatisfy(id ->
        assertThat(organisation.rolesOf(id)).contains(FlipsideRoles.HR_ADMIN));
    String lastAdmin = organisation.hrAdminIds().get(organisation.hrAdminIds().size() - 1);
    assertThat(organisation.holdersOf(FlipsideRoles.EDI_LEAD)).as("the EDI lead is not the programme manager")
        .containsExactly(lastAdmin).doesNotContain(organisation.hrAdminIds().get(0));
    assertThat(organisation.rolesOf(organisation.sponsorId())).containsExactly(FlipsideRoles.SPONSOR);
    assertThat(organisation.employee(organisation.sponsorId()).orElseThrow().band())
        .isGreaterThanOrEqualTo(Bands.HIGHEST_AGENDA_FOR_CHANGE);
    assertThat(organisation.holdersOf(FlipsideRoles.PROCESS_OWNER)).singleElement()
        .satisfies(owner -> assertThat(organisation.rolesOf(owner)).containsExactly(FlipsideRoles.PROCESS_OWNER));
    long holders = organisation.employees().stream().filter(e -> !organisation.rolesOf(e.id()).isEmpty()).count();
    assertThat(holders).isEqualTo(organisation.hrAdminIds().size() + 2);
  }

  @Test
  void refusesAnOrganisationTooSmallToRunAProgramme() {
    assertThatThrownBy(() -> generator.generate(1, OrganisationGenerator.MINIMUM_EMPLOYEES - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least " + OrganisationGenerator.MINIMUM_EMPLOYEES);
  }

  private static Map<String, Employee> byId(SyntheticOrganisation organisation) {
    return organisation.employees().stream().collect(Collectors.toMap(Employee::id, Function.identity()));
  }
}
