package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.bpmn.vocabulary.Decisions;
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
}
