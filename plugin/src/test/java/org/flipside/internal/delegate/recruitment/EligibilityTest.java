package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundle's eligibility table, asked employee by employee inside one step, invites by department and band. */
class EligibilityTest {

  private static EligibilityFixture fixture;

  @BeforeAll
  static void startEngine() {
    fixture = new EligibilityFixture("eligibility");
  }

  @AfterAll
  static void stopEngine() {
    fixture.close();
  }

  @Test
  void aProgrammeLimitedToPharmacyInvitesItsMentorsAndMenteesByBandAndNobodyElse() {
    Map<String, Long> bySide = fixture.invitations(EligibilityFixture.pharmacyProgramme(),
            EligibilityFixture.employees(1_000)).values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    // every fifth employee is in Pharmacy, and Pharmacy's 200 are half band 3 (mentors), half band 8 (mentees)
    assertThat(bySide).containsEntry(Decisions.AS_MENTOR, 100L).containsEntry(Decisions.AS_MENTEE, 100L)
        .containsEntry(Decisions.NOT_INVITED, 800L);
  }

  @Test
  void anEmployeeWhoseBandChangedSinceTheScopeWasLastAskedAboutIsAnsweredByTheirNewBand() {
    Programme programme = EligibilityFixture.pharmacyProgramme();
    List<Employee> before = EligibilityFixture.employees(1_000);
    // e2 is in Pharmacy at band 3: a mentor
    assertThat(fixture.invitations(programme, before)).containsEntry("e2", Decisions.AS_MENTOR);

    List<Employee> after = new ArrayList<>(before);
    Employee promoted = before.get(2);
    after.set(2, new Employee(promoted.id(), promoted.displayName(), 8, "Band 8", promoted.department(), null, true));

    Map<String, String> answers = fixture.invitations(programme, after);

    assertThat(answers).containsEntry("e2", Decisions.AS_MENTEE).containsEntry("e7", Decisions.AS_MENTEE)
        .containsEntry("e12", Decisions.AS_MENTOR).hasSize(1_000);
  }

  @Test
  void aScopeWithOtherBandsIsAnsweredByThoseBandsNotBySomeEarlierScope() {
    List<Employee> employees = EligibilityFixture.employees(1_000);
    Programme wider = EligibilityFixture.pharmacyProgramme();
    Programme narrower = EligibilityFixture.pharmacyProgramme();
    narrower.setMentorMaximumBand(2);
    assertThat(fixture.invitations(wider, employees)).containsEntry("e2", Decisions.AS_MENTOR);

    assertThat(fixture.invitations(narrower, employees)).containsEntry("e2", Decisions.NOT_INVITED)
        .containsEntry("e7", Decisions.AS_MENTEE);
    assertThat(fixture.invitations(wider, employees)).containsEntry("e2", Decisions.AS_MENTOR);
  }
}
