package org.flipside.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.flipside.api.DeliveryRole;
import org.flipside.api.EventAttendance;
import org.flipside.api.EventKind;
import org.flipside.api.Stage;
import org.flipside.api.TeamMember;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.spi.Employee;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Each seed programme run as a preset at its real size (its pairs and cohorts, in the organisation it runs in by
 * default), through the real plugin on the embedded database.
 */
class ProgrammePresetSimulationTest {

  private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

  private static SimulationResult run(ProgrammePreset preset) {
    SimulationResult result = new Simulation().run(
        SimulationSettings.of(preset, 42, preset.defaultEmployees(), START));
    assertThat(result.problem()).as("the run's problem").isNull();
    assertThat(result.status().stage()).isEqualTo(Stage.CLOSED);
    return result;
  }

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Pharmacy {

    private final SimulationResult result = run(ProgrammePreset.PHARMACY);
    private final PresetRecord record = result.presetRecord();

    @Test
    void elevenPairsAreRecruitedFromTheDirectorateAlone() {
      SyntheticDirectory directory = new SyntheticDirectory(result.organisation());
      assertThat(record.invitees()).isNotEmpty().allSatisfy(id -> {
        Employee invitee = result.organisation().employee(id).orElseThrow();
        assertThat(directory.unitsOf(invitee)).contains(ProgrammePreset.PHARMACY_DIRECTORATE);
      });
      assertThat(record.invitees().size()).as("a directorate, not the organisation")
          .isLessThan(result.organisation().size() / 5);
      assertThat(record.matchings()).singleElement()
          .satisfies(matching -> assertThat(matching.pairs()).isEqualTo(11));
    }

    @Test
    void aParticipatingFellowIsTheLiaisonBesideTrainersACoachACommunicationsContactAndAGuestSpeaker() {
      assertThat(record.liaisonId()).isNotNull();
      assertThat(result.tally().get(Tallied.MENTEE_APPLICATIONS)).isPositive();
      assertThat(record.team()).extracting(TeamMember::role)
          .contains(DeliveryRole.LIAISON, DeliveryRole.TRAINER, DeliveryRole.COACH, DeliveryRole.SPEAKER,
              DeliveryRole.COMMUNICATIONS_CONTACT);
      assertThat(result.tally().get(Tallied.RECRUITMENT_CAMPAIGNS_RECORDED))
          .as("the communications contact recorded how recruitment was promoted").isEqualTo(1);
      assertThat(record.team()).filteredOn(member -> member.role() == DeliveryRole.LIAISON)
          .singleElement().satisfies(member -> assertThat(member.personId()).isEqualTo(record.liaisonId()));
      assertThat(record.team()).filteredOn(member -> member.role() == DeliveryRole.SPEAKER)
          .allSatisfy(member -> assertThat(member.guest()).isTrue());
    }

    @Test
    void theLiaisonsEventsTookPlaceWithTheirRegistersTaken() {
      List<EventAttendance> planned = record.attendance().stream()
          .filter(event -> Set.of(EventKind.COACHING_SESSION, EventKind.FEEDBACK_SESSION, EventKind.PRESENTATION)
              .contains(event.kind()))
          .toList();
      assertThat(planned).extracting(EventAttendance::kind).containsExactly(EventKind.COACHING_SESSION,
          EventKind.COACHING_SESSION, EventKind.FEEDBACK_SESSION, EventKind.FEEDBACK_SESSION, EventKind.PRESENTATION);
      assertThat(planned).allSatisfy(event -> {
        assertThat(event.recorded()).isTrue();
        assertThat(event.attended()).isPositive().isLessThanOrEqualTo(event.invited());
      });
      assertThat(planned.get(2).start()).as("feedback after the sessions")
          .isAfter(result.plan().sessionsStartInstant().plus(180, ChronoUnit.DAYS));
    }
  }

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Internal {

    private final SimulationResult result = run(ProgrammePreset.INTERNAL);
    private final PresetRecord record = result.presetRecord();

    @Test
    void fifteenLeadersIncludingTheManagingDirectorArePairedThroughTheLineChainException() {
      assertThat(record.matchings()).singleElement()
          .satisfies(matching -> assertThat(matching.pairs()).isEqualTo(15));
      assertThat(record.topOfOrganisationPartner()).isNotNull();
      assertThat(record.topOfOrganisationReasons()).contains("exception:line-management-chain");
    }

    @Test
    void pairsChoseTheirOwnRhythmsAtOrAboveTheMonthlyMinimum() {
      assertThat(record.rhythms().keySet()).hasSizeGreaterThan(1).isSubsetOf("P1W", "P2W", "P3W", "P1M");
      assertThat(record.rhythms().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(result.tally().get(Tallied.PAIRS_STARTED));
    }

    @Test
    void leadersEngagementIsRecordedBeforeAndAfterWithTheirCommitments() {
      assertThat(record.outcomeSeries()).containsKey("leaders_in_staff_comms");
      assertThat(record.outcomeSeries().get("leaders_in_staff_comms")).hasSize(2);
      assertThat(record.commitments()).hasSize(2);
    }
  }

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Reciprocal {

    private final SimulationResult result = run(ProgrammePreset.RECIPROCAL);
    private final PresetRecord record = result.presetRecord();

    @Test
    void theCascadeTakesTheReturningMentorsAndNoBandOrderHoldsItBack() {
      assertThat(record.matchings()).hasSize(2);
      PresetRecord.Matching cascade = record.matchings().get(1);
      assertThat(cascade.returningMentors()).isPositive();
      assertThat(cascade.pairs()).as("each returning mentor paired with a more junior colleague, and more")
          .isGreaterThan(cascade.returningMentors());
      assertThat(cascade.unmatchedReasons()).as("nobody is left out by the band rule")
          .noneMatch(reason -> reason.contains("band"));
      assertThat(cascade.unmatchedMentees()).as("the cascade is matched in full: %s", cascade.unmatchedReasons())
          .isZero();
      assertThat(cascade.pairs()).isEqualTo(ProgrammePreset.RECIPROCAL.pairs());
      assertThat(result.tally().rolloutDecisions()).containsExactly("expand", "stop");
    }

    @Test
    void theWaitlistIsOfferedTheCascadesPlacesFirst() {
      assertThat(result.tally().get(Tallied.PLACES_CONFIRMED) + result.tally().get(Tallied.PLACES_DECLINED))
          .isPositive();
    }

    @Test
    void outcomesAreRecordedAsSeriesOverThreeYears() {
      assertThat(record.outcomeSeries().get("bme_partners")).hasSize(4);
      assertThat(record.outcomeSeries().get("representation (Bands 8-9 and VSM)")).hasSize(4);
      assertThat(ChronoUnit.DAYS.between(result.simulatedFrom(), result.simulatedTo())).isGreaterThan(2 * 365);
      assertThat(result.report().html()).contains("BME staff who have taken part as partners");
    }
  }
}
