package org.flipside.model.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.model.testing.Fixtures.T0;
import static org.flipside.model.testing.Fixtures.application;
import static org.flipside.model.testing.Fixtures.cohort;
import static org.flipside.model.testing.Fixtures.minutesAfterT0;
import static org.flipside.model.testing.Fixtures.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.model.AgreementStatus;
import org.flipside.model.Ambassador;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.CalendarEntry;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Concern;
import org.flipside.model.ConcernStatus;
import org.flipside.model.EvaluationReport;
import org.flipside.model.LearningAgreement;
import org.flipside.model.MeetingFormat;
import org.flipside.model.OutboundChannel;
import org.flipside.model.OutboundMessage;
import org.flipside.model.Pairing;
import org.flipside.model.PairingReason;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.PrivateReflection;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.model.ProgrammeStage;
import org.flipside.model.RecognitionEntry;
import org.flipside.model.SessionRecord;
import org.flipside.model.SessionStatus;
import org.flipside.model.SupportDecision;
import org.flipside.model.CoachingOutcome;
import org.flipside.model.CoachingRequest;
import org.flipside.model.SupportRequest;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;
import org.flipside.model.EventAudience;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopAttendance;
import org.flipside.model.WorkshopKind;
import org.flipside.model.matching.HardRules;
import org.flipside.model.matching.MatchingRules;
import org.flipside.model.matching.SoftRule;
import org.flipside.model.testing.PersistenceTestBase;
import org.junit.jupiter.api.Test;

/** Every repository query, run against a real database; subclasses pick which one. */
abstract class RepositoryContractTest extends PersistenceTestBase {

  @Test
  void programmeKeepsEveryFieldThroughARoundTrip() {
    Programme programme = programme("Pilot", T0);
    programme.setGoals("g".repeat(4000));
    programme.setGapAnalysis("few senior leaders from minority backgrounds");
    programme.setStaffNetworks("Race network");
    programme.setCohortSize(12);
    programme.setApplicationWindowDays(21);
    programme.setSessionsStart(LocalDate.of(2026, 4, 1));
    programme.setDurationMonths(6);
    programme.setSessionCadence("P1M");
    programme.setMentorMaximumBand(4);
    programme.setMenteeMinimumBand(7);
    programme.setMinimumBandGap(2);
    programme.setAnonymityThreshold(3);
    programme.setSponsorApprovedAt(minutesAfterT0(5));
    programme.setLifecycleInstanceId("process-1");
    programme.setStage(ProgrammeStage.ROLLOUT);
    programme.decideRollout("expand", "The pilot worked; open it to senior managers", true, true, minutesAfterT0(8));
    programme.setClosedAt(minutesAfterT0(10));
    programme.getMatching().switchHardRules(true, false, true, false, true);
    programme.getMatching().weigh(SoftRule.SAME_LOCATION, 0.0);
    programme.getMatching().allowMentorsPerMentee(2);
    programme.getMatching().weigh(SoftRule.SHARED_TOPICS, 3.25);
    programme.setConcernAcknowledgeDays(3);
    programme.setKnowledgeSessions(2);
    programme.setPreReading("The guide\n\n  A film about allyship  \n");
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(loaded).usingRecursiveComparison().ignoringFields("version").isEqualTo(programme);
    assertThat(loaded.getMode()).isEqualTo(ProgrammeMode.REVERSE);
    assertThat(loaded.getCreatedAt()).isEqualTo(T0);
    assertThat(loaded.getVersion()).isEqualTo(1L);
    assertThat(loaded.focusDimensionList()).containsExactly("RACE", "DISABILITY");
    assertThat(loaded.getMatching().hardRules(2)).isEqualTo(new HardRules(true, false, true, 2, false, true, 2));
    assertThat(loaded.getMatching().weights()).containsEntry(SoftRule.SAME_LOCATION, 0.0)
        .containsEntry(SoftRule.SHARED_TOPICS, 3.25)
        .containsEntry(SoftRule.LEADS_WANTED_AREA, SoftRule.LEADS_WANTED_AREA.defaultWeight());
    assertThat(loaded.getConcernAcknowledgeDays()).isEqualTo(3);
    assertThat(loaded.getKnowledgeSessions()).isEqualTo(2);
    assertThat(loaded.preReadingList()).containsExactly("The guide", "A film about allyship");
  }

  @Test
  void aNewProgrammeHasTheDefaultConcernDeadlineKnowledgeSessionsAndPreReading() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(loaded.getConcernAcknowledgeDays()).isEqualTo(Programme.DEFAULT_CONCERN_ACKNOWLEDGE_DAYS);
    assertThat(loaded.getKnowledgeSessions()).isEqualTo(Programme.DEFAULT_KNOWLEDGE_SESSIONS);
    assertThat(loaded.preReadingList()).isEqualTo(Programme.DEFAULT_PRE_READING);
  }

  @Test
  void aProgrammeKeepsWhoItRecruitsFromWithoutBlanksOrRepeats() {
    Programme programme = programme("Pilot", T0);
    programme.getAudience().limitTo(List.of("Pharmacy", " Pharmacy ", ""), List.of("bme-network"),
        List.of("e7", "e3"));
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(loaded.getAudience().departments()).containsExactly("Pharmacy");
    assertThat(loaded.getAudience().hostGroups()).containsExactly("bme-network");
    assertThat(loaded.getAudience().employeeIds()).containsExactly("e7", "e3");
  }

  @Test
  void aNewProgrammeMatchesWithEveryHardRuleAndTheDefaultWeights() {
    Programme programme = programme("Pilot", T0);
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(loaded.getMatching().rules(1)).isEqualTo(MatchingRules.withDefaultWeights(HardRules.allOn(1)));
  }

  @Test
  void anApplicationKeepsWhatTheMatcherNeeds() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    Application mentor = application(pilot, "amy", ParticipantRole.MENTOR, 3, T0);
    mentor.setMatchingNeeds("Sheffield", new LinkedHashSet<>(List.of("tue-am", "thu-pm")), Set.of("bob"), 2);
    doInTransaction(em -> {
      new ApplicationRepository(em).save(mentor);
    });

    Application loaded = inTransaction(em -> new ApplicationRepository(em).find(mentor.getId()).orElseThrow());

    assertThat(loaded.getLocation()).isEqualTo("Sheffield");
    assertThat(loaded.getAvailability()).containsExactly("tue-am", "thu-pm");
    assertThat(loaded.getDeclaredConflicts()).containsExactly("bob");
    assertThat(loaded.getMentorCapacity()).isEqualTo(2);
    Application mentee = application(pilot, "bob", ParticipantRole.MENTEE, 8, T0);
    assertThatThrownBy(() -> mentee.setMatchingNeeds(null, Set.of(), Set.of(), 2))
        .hasMessageContaining("mentorCapacity");
  }

  @Test
  void aProposedPairKeepsItsReasonsAndAParticipantWhyItWasLeftOut() {
    Cohort pilot = pilotCohort();
    Pairing pair = inTransaction(em -> {
      Participant left = mentor(em, pilot, "ann");
      left.setUnmatchedReason("x".repeat(1200));
      return new PairingRepository(em).save(new Pairing(pilot, mentor(em, pilot, "amy"), mentee(em, pilot, "bob"),
          3.5, "rationale", List.of(new PairingReason("leads-wanted-area", 2, "digital"),
              new PairingReason("shared-topics", 1.5, "race")), T0));
    });

    doInTransaction(em -> {
      Pairing loaded = new PairingRepository(em).find(pair.getId()).orElseThrow();
      assertThat(loaded.getReasons()).extracting(PairingReason::getRuleName, PairingReason::getPoints,
          PairingReason::getDetail).containsExactly(tuple("leads-wanted-area", 2.0, "digital"),
          tuple("shared-topics", 1.5, "race"));
      Participant left = new ParticipantRepository(em).findByCohortAndEmployee(pilot.getId(), "ann").orElseThrow();
      assertThat(left.getUnmatchedReason()).hasSize(1000).endsWith("...");
    });
  }

  @Test
  void findAllListsNewestProgrammeFirst() {
    doInTransaction(em -> {
      ProgrammeRepository programmes = new ProgrammeRepository(em);
      programmes.save(programme("middle", minutesAfterT0(1)));
      programmes.save(programme("oldest", T0));
      programmes.save(programme("newest", minutesAfterT0(2)));
    });

    List<Programme> all = inTransaction(em -> new ProgrammeRepository(em).findAll());

    assertThat(all).extracting(Programme::getName).containsExactly("newest", "middle", "oldest");
  }

  @Test
  void findOfAnUnknownIdIsEmpty() {
    assertThat(inTransaction((EntityManager em) -> new ProgrammeRepository(em).find("no-such-id"))).isEmpty();
    assertThat(inTransaction((EntityManager em) -> new PairingRepository(em).find(null))).isEmpty();
  }

  @Test
  void saveMergesADetachedEntityAndReturnsTheManagedCopy() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    programme.setStage(ProgrammeStage.RECRUITMENT);

    Programme saved = inTransaction(em -> {
      Programme managed = new ProgrammeRepository(em).save(programme);
      assertThat(em.contains(managed)).isTrue();
      return managed;
    });

    assertThat(saved).isNotSameAs(programme);
    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());
    assertThat(loaded.getStage()).isEqualTo(ProgrammeStage.RECRUITMENT);
    assertThat(loaded.getVersion()).isEqualTo(2L);
  }

  @Test
  void aStaleCopyCannotOverwriteANewerOne() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Programme stale = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());
    programme.setStage(ProgrammeStage.RECRUITMENT);
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    stale.setStage(ProgrammeStage.CANCELLED);

    assertThatThrownBy(() -> doInTransaction(em -> {
      new ProgrammeRepository(em).save(stale);
    })).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void currentCohortIsTheHighestNumberAndNextNumberFollowsIt() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).nextNumber(programme.getId()))).isEqualTo(1);
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findCurrent(programme.getId()))).isEmpty();

    doInTransaction(em -> {
      CohortRepository cohorts = new CohortRepository(em);
      cohorts.save(cohort(programme, 1));
      cohorts.save(cohort(programme, 2));
    });

    Cohort current = inTransaction(em -> new CohortRepository(em).findCurrent(programme.getId()).orElseThrow());
    assertThat(current.getNumber()).isEqualTo(2);
    assertThat(current.getStatus()).isEqualTo(CohortStatus.RECRUITING);
    assertThat(current.getProgramme().getId()).isEqualTo(programme.getId());
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).nextNumber(programme.getId()))).isEqualTo(3);
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findByProgramme(programme.getId())))
        .extracting(Cohort::getNumber).containsExactly(1, 2);
  }

  @Test
  void aCohortAddedInTheTransactionIsFoundByIdBeforeAnythingIsFlushed() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));

    boolean found = inTransaction(em -> {
      Cohort added = new CohortRepository(em).add(cohort(em.find(Programme.class, programme.getId()), 1));
      return new CohortRepository(em).find(added.getId()).orElseThrow() == added;
    });

    assertThat(found).isTrue();
  }

  @Test
  void aPairingIsFoundWithItsCohortProgrammeAndPartners() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort cohort = cohort(programme, 1);
    Participant mentor = new Participant(cohort, "emp-1", ParticipantRole.MENTOR, 3, "dept", T0);
    Participant mentee = new Participant(cohort, "emp-2", ParticipantRole.MENTEE, 8, "dept", T0);
    Pairing pairing = new Pairing(cohort, mentor, mentee, 0.5, "why", T0);
    doInTransaction(em -> {
      new CohortRepository(em).save(cohort);
      new ParticipantRepository(em).save(mentor);
      new ParticipantRepository(em).save(mentee);
      new PairingRepository(em).save(pairing);
    });

    Pairing found = inTransaction(em -> new PairingRepository(em).find(pairing.getId()).orElseThrow());

    assertThat(found.getCohort().getProgramme().getName()).isEqualTo("Pilot");
    assertThat(found.getMentor().getEmployeeId()).isEqualTo("emp-1");
    assertThat(found.getMentee().getEmployeeId()).isEqualTo("emp-2");
    assertThat(found.getMentor().getApplication()).isNull();
    assertThat(inTransaction((EntityManager em) -> new PairingRepository(em).find("no-such-pairing"))).isEmpty();
  }

  @Test
  void theCohortBeforeIsTheOneNumberedOneLessInTheSameProgramme() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Programme other = inTransaction(em -> new ProgrammeRepository(em).save(programme("Other", T0)));
    Cohort pilot = cohort(programme, 1);
    Cohort second = cohort(programme, 2);
    Cohort third = cohort(programme, 3);
    Cohort othersSecond = cohort(other, 2);
    doInTransaction(em -> {
      CohortRepository cohorts = new CohortRepository(em);
      List.of(pilot, second, third, cohort(other, 1), othersSecond).forEach(cohorts::save);
    });

    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findPrevious(third.getId())))
        .map(Cohort::getId).contains(second.getId());
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findPrevious(second.getId())))
        .map(Cohort::getId).contains(pilot.getId());
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findPrevious(pilot.getId()))).isEmpty();
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findPrevious(othersSecond.getId())))
        .map(cohort -> cohort.getProgramme().getId()).contains(other.getId());
  }

  @Test
  void repositoriesKeptAcrossTransactionsReadEachTransactionsRows() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = cohort(programme, 1);
    Cohort second = cohort(programme, 2);
    Participant mentor = new Participant(pilot, "emp-1", ParticipantRole.MENTOR, 3, "dept", T0);
    Participant mentee = new Participant(pilot, "emp-2", ParticipantRole.MENTEE, 8, "dept", T0);
    Pairing first = new Pairing(pilot, mentor, mentee, 0.5, "why", T0);
    Pairing later = new Pairing(pilot, mentee, mentor, 0.4, "why not", T0);
    pilot.openInvitations(2);
    doInTransaction(em -> {
      new CohortRepository(em).save(pilot);
      new ParticipantRepository(em).save(mentor);
      new ParticipantRepository(em).save(mentee);
      new PairingRepository(em).save(first);
    });
    // as the plugin keeps its repositories, on one entity manager that is each time the current transaction's
    EntityManager[] current = new EntityManager[1];
    EntityManager shared = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
        new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> method.invoke(current[0], arguments));
    CohortRepository cohorts = new CohortRepository(shared);
    PairingRepository pairings = new PairingRepository(shared);

    List<Object> before = inTransaction(em -> {
      current[0] = em;
      return List.of(cohorts.findCurrent(programme.getId()).orElseThrow().getId(),
          pairings.find(first.getId()).orElseThrow().getMentor().getEmployeeId(), cohorts.closeInvitation(pilot.getId()));
    });
    doInTransaction(em -> {
      new CohortRepository(em).save(second);
      new PairingRepository(em).save(later);
    });
    List<Object> after = inTransaction(em -> {
      current[0] = em;
      return List.of(cohorts.findCurrent(programme.getId()).orElseThrow().getId(),
          pairings.find(later.getId()).orElseThrow().getMentor().getEmployeeId(), cohorts.closeInvitation(pilot.getId()),
          cohorts.findPrevious(second.getId()).orElseThrow().getId(), cohorts.closeInvitation(pilot.getId()));
    });

    assertThat(before).containsExactly(pilot.getId(), "emp-1", 1);
    assertThat(after).containsExactly(second.getId(), "emp-2", 0, pilot.getId(), 0);
  }

  @Test
  void aQueryConfiguredOnceForAllCallsRefusesToRunOutsideATransaction() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    EntityManager outsideAnyTransaction = factory.createEntityManager();
    try {
      CohortRepository cohorts = new CohortRepository(outsideAnyTransaction);

      assertThatThrownBy(() -> cohorts.findCurrent(programme.getId())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("caller's transaction, and none is active");
      assertThatThrownBy(() -> cohorts.find(pilot.getId())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("caller's transaction, and none is active");
    } finally {
      outsideAnyTransaction.close();
    }
    assertThat(inTransaction((EntityManager em) -> new CohortRepository(em).findCurrent(programme.getId())))
        .map(Cohort::getId).contains(pilot.getId());
  }

  @Test
  void applicationQueriesFilterByCohortStatusAndEmployee() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    Cohort second = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 2)));
    Cohort otherProgrammes = inTransaction(em -> new CohortRepository(em)
        .save(cohort(new ProgrammeRepository(em).save(programme("Other", T0)), 1)));
    doInTransaction(em -> {
      ApplicationRepository applications = new ApplicationRepository(em);
      Application late = application(pilot, "amy", ParticipantRole.MENTOR, 3, minutesAfterT0(2));
      late.setStatus(ApplicationStatus.ELIGIBLE);
      applications.save(late);
      applications.save(application(pilot, "bob", ParticipantRole.MENTEE, 8, minutesAfterT0(1)));
      applications.save(application(second, "cat", ParticipantRole.MENTOR, 2, T0));
      applications.save(application(otherProgrammes, "dan", ParticipantRole.MENTOR, 2, T0));
    });

    doInTransaction(em -> {
      ApplicationRepository applications = new ApplicationRepository(em);
      assertThat(applications.findByCohort(pilot.getId()))
          .extracting(Application::getEmployeeId).containsExactly("bob", "amy");
      assertThat(applications.findByCohortAndStatus(pilot.getId(), ApplicationStatus.ELIGIBLE))
          .extracting(Application::getEmployeeId).containsExactly("amy");
      assertThat(applications.findByCohortAndEmployee(pilot.getId(), "bob")).get()
          .extracting(Application::getRole).isEqualTo(ParticipantRole.MENTEE);
      assertThat(applications.findByCohortAndEmployee(second.getId(), "bob")).isEmpty();
      assertThat(applications.countByCohort(pilot.getId())).isEqualTo(2);
      assertThat(applications.countByCohortAndStatus(pilot.getId(), ApplicationStatus.SUBMITTED)).isEqualTo(1);
      assertThat(applications.employeesWhoApplied(programme.getId())).containsExactlyInAnyOrder("amy", "bob", "cat");
    });
  }

  @Test
  void anEmployeeAppliesOnlyOncePerCohort() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    doInTransaction(em -> {
      new ApplicationRepository(em).save(application(pilot, "amy", ParticipantRole.MENTOR, 3, T0));
    });

    assertThatThrownBy(() -> doInTransaction(em -> {
      new ApplicationRepository(em).save(application(pilot, "amy", ParticipantRole.MENTEE, 3, T0));
    })).isInstanceOf(PersistenceException.class);
  }

  @Test
  void protectedDataIsStoredOnlyWithConsent() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    Application consenting = new Application(pilot, "amy", ParticipantRole.MENTOR, 3, "Ops", null, null, null, null,
        null, true, "Black British", T0);
    doInTransaction(em -> {
      new ApplicationRepository(em).save(consenting);
    });

    Application loaded = inTransaction(em -> new ApplicationRepository(em).find(consenting.getId()).orElseThrow());

    assertThat(loaded.getProtectedCharacteristic()).isEqualTo("Black British");
    assertThat(loaded.isConsentToProtectedData()).isTrue();
    assertThat(loaded.getPreferredFormat()).isNull();
  }

  @Test
  void participantQueriesFilterByCohortRoleAndEmployee() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    Cohort second = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 2)));
    doInTransaction(em -> {
      ApplicationRepository applications = new ApplicationRepository(em);
      ParticipantRepository participants = new ParticipantRepository(em);
      participants.save(new Participant(applications.save(
          application(pilot, "amy", ParticipantRole.MENTOR, 3, T0)), minutesAfterT0(1)));
      participants.save(new Participant(applications.save(
          application(pilot, "bob", ParticipantRole.MENTEE, 8, T0)), minutesAfterT0(2)));
      participants.save(new Participant(pilot, "eve", ParticipantRole.MENTEE, 9, "Board", minutesAfterT0(3)));
      participants.save(new Participant(second, "cat", ParticipantRole.MENTOR, 2, "IT", T0));
    });

    doInTransaction(em -> {
      ParticipantRepository participants = new ParticipantRepository(em);
      assertThat(participants.findByCohort(pilot.getId()))
          .extracting(Participant::getEmployeeId).containsExactly("amy", "bob", "eve");
      assertThat(participants.findByCohortAndRole(pilot.getId(), ParticipantRole.MENTEE))
          .extracting(Participant::getEmployeeId).containsExactly("bob", "eve");
      assertThat(participants.countByCohortAndRole(pilot.getId(), ParticipantRole.MENTOR)).isEqualTo(1);
      Participant amy = participants.findByCohortAndEmployee(pilot.getId(), "amy").orElseThrow();
      assertThat(amy.getApplication().getEmployeeId()).isEqualTo("amy");
      assertThat(amy.getBand()).isEqualTo(3);
      assertThat(amy.getDepartment()).isEqualTo("dept-amy");
      assertThat(participants.findByCohortAndEmployee(pilot.getId(), "eve").orElseThrow().getApplication()).isNull();
      assertThat(participants.findByCohortAndEmployee(pilot.getId(), "cat")).isEmpty();
    });
  }

  @Test
  void pairingQueriesFollowStatusChanges() {
    Cohort pilot = pilotCohort();
    Pairing[] pairs = inTransaction(em -> {
      Participant mentor = mentor(em, pilot, "amy");
      Participant otherMentor = mentor(em, pilot, "ann");
      Participant mentee = mentee(em, pilot, "bob");
      PairingRepository pairings = new PairingRepository(em);
      return new Pairing[] {
          pairings.save(new Pairing(pilot, mentor, mentee, 3.5, "shared topics: race", T0)),
          pairings.save(new Pairing(pilot, otherMentor, mentee, 1.0, "compatible format", T0))};
    });
    doInTransaction(em -> {
      PairingRepository pairings = new PairingRepository(em);
      pairings.find(pairs[0].getId()).orElseThrow().publish(minutesAfterT0(5));
      pairings.find(pairs[1].getId()).orElseThrow().reject();
    });

    doInTransaction(em -> {
      PairingRepository pairings = new PairingRepository(em);
      assertThat(pairings.findByCohort(pilot.getId())).extracting(Pairing::getScore).containsExactly(3.5, 1.0);
      Pairing active = pairings.findByCohortAndStatus(pilot.getId(), PairingStatus.ACTIVE).get(0);
      assertThat(active.getMentor().getEmployeeId()).isEqualTo("amy");
      assertThat(active.getMentee().getEmployeeId()).isEqualTo("bob");
      assertThat(active.getPublishedAt()).isEqualTo(minutesAfterT0(5));
      assertThat(active.getRationale()).isEqualTo("shared topics: race");
      assertThat(active.getVersion()).isEqualTo(2L);
      assertThat(pairings.countByCohortAndStatus(pilot.getId(), PairingStatus.REJECTED)).isEqualTo(1);
      assertThat(pairings.countByCohortAndStatus(pilot.getId(), PairingStatus.PROPOSED)).isZero();
    });
  }

  @Test
  void currentLearningAgreementSkipsSupersededVersions() {
    Pairing pairing = activePairing();
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).nextVersion(pairing.getId()))).isEqualTo(1);
    doInTransaction(em -> {
      LearningAgreementRepository agreements = new LearningAgreementRepository(em);
      agreements.save(agreement(pairing, 1));
      agreements.findCurrent(pairing.getId()).orElseThrow().supersede();
      agreements.save(agreement(pairing, agreements.nextVersion(pairing.getId())));
      LearningAgreement second = agreements.findCurrent(pairing.getId()).orElseThrow();
      second.confirmBy(ParticipantRole.MENTEE, minutesAfterT0(8));
      second.confirmBy(ParticipantRole.MENTOR, minutesAfterT0(9));
    });

    doInTransaction(em -> {
      LearningAgreementRepository agreements = new LearningAgreementRepository(em);
      LearningAgreement current = agreements.findCurrent(pairing.getId()).orElseThrow();
      assertThat(current.getAgreementVersion()).isEqualTo(2);
      assertThat(current.getStatus()).isEqualTo(AgreementStatus.CONFIRMED);
      assertThat(current.getConfirmedAt()).isEqualTo(minutesAfterT0(9));
      assertThat(current.getArranger()).isEqualTo(ParticipantRole.MENTEE);
      assertThat(current.isProtectedTime()).isTrue();
      assertThat(agreements.nextVersion(pairing.getId())).isEqualTo(3);
      assertThat(agreements.findByPairing(pairing.getId())).extracting(LearningAgreement::getStatus)
          .containsExactly(AgreementStatus.SUPERSEDED, AgreementStatus.CONFIRMED);
    });
  }

  @Test
  void aProposedChangeLeavesTheConfirmedVersionInForceAndADeclinedOneIsNotCurrent() {
    Pairing pairing = activePairing();
    doInTransaction(em -> {
      LearningAgreementRepository agreements = new LearningAgreementRepository(em);
      LearningAgreement first = agreements.save(agreement(pairing, 1));
      first.confirmBy(ParticipantRole.MENTEE, T0);
      first.confirmBy(ParticipantRole.MENTOR, T0);
      agreements.save(agreement(pairing, 2));
    });

    doInTransaction(em -> {
      LearningAgreementRepository agreements = new LearningAgreementRepository(em);
      assertThat(agreements.findConfirmed(pairing.getId()).orElseThrow().getAgreementVersion()).isEqualTo(1);
      LearningAgreement proposed = agreements.findCurrent(pairing.getId()).orElseThrow();
      assertThat(proposed.getAgreementVersion()).isEqualTo(2);
      proposed.decline();
    });

    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findCurrent(pairing.getId())
        .orElseThrow().getAgreementVersion())).isEqualTo(1);
  }

  @Test
  void privateReflectionsComeBackOnlyForTheirAuthorAndPairing() {
    Pairing pairing = activePairing();
    doInTransaction(em -> {
      PrivateReflectionRepository reflections = new PrivateReflectionRepository(em);
      reflections.save(new PrivateReflection(PrivateReflection.newId(), pairing, "amy", minutesAfterT0(2), "k1",
          "bm9uY2U=", "Y2lwaGVy"));
      reflections.save(new PrivateReflection(PrivateReflection.newId(), pairing, "amy", minutesAfterT0(1), "k1",
          "bm9uY2U=", "Zmlyc3Q="));
      reflections.save(new PrivateReflection(PrivateReflection.newId(), pairing, "bob", minutesAfterT0(3), "k1",
          "bm9uY2U=", "Ym9i"));
    });

    List<PrivateReflection> amys = inTransaction((EntityManager em) ->
        new PrivateReflectionRepository(em).findByPairingAndAuthor(pairing.getId(), "amy"));

    assertThat(amys).extracting(PrivateReflection::getCiphertext).containsExactly("Zmlyc3Q=", "Y2lwaGVy");
  }

  @Test
  void aPulseAnswerKeepsItsScoresUnderItsKind() {
    Cohort pilot = activePairing().getCohort();
    doInTransaction(em -> new SurveyResponseRepository(em).save(
        SurveyResponse.pulse(pilot, ParticipantRole.MENTOR, "t9", 4, 5, 3)));

    List<SurveyResponse> pulses = inTransaction((EntityManager em) ->
        new SurveyResponseRepository(em).findByCohortAndKind(pilot.getId(), SurveyKind.PULSE));

    assertThat(pulses).singleElement().satisfies(pulse -> {
      assertThat(pulse.getPairingWorking()).isEqualTo(4);
      assertThat(pulse.getSpeakOpenly()).isEqualTo(5);
      assertThat(pulse.getConfidenceTalking()).isEqualTo(3);
      assertThat(pulse.getComments()).isNull();
    });
  }

  @Test
  void sessionRecordsAreListedByPeriodAndCountedPerCohort() {
    Pairing pairing = activePairing();
    doInTransaction(em -> {
      SessionRecordRepository sessions = new SessionRecordRepository(em);
      sessions.save(SessionRecord.missed(pairing, 2, minutesAfterT0(60)));
      sessions.save(SessionRecord.held(pairing, 1, LocalDate.of(2026, 3, 10), 45, MeetingFormat.IN_PERSON, "bob",
          minutesAfterT0(30)));
      sessions.save(SessionRecord.held(pairing, 3, LocalDate.of(2026, 5, 10), null, null, null, minutesAfterT0(90)));
    });

    doInTransaction(em -> {
      SessionRecordRepository sessions = new SessionRecordRepository(em);
      List<SessionRecord> record = sessions.findByPairing(pairing.getId());
      assertThat(record).extracting(SessionRecord::getPeriodNumber).containsExactly(1, 2, 3);
      assertThat(record.get(0).getHeldOn()).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(record.get(0).getDurationMinutes()).isEqualTo(45);
      assertThat(record.get(0).getFormat()).isEqualTo(MeetingFormat.IN_PERSON);
      assertThat(record.get(1).getStatus()).isEqualTo(SessionStatus.MISSED);
      assertThat(record.get(1).getHeldOn()).isNull();
      String cohortId = pairing.getCohort().getId();
      assertThat(sessions.countByCohortAndStatus(cohortId, SessionStatus.HELD)).isEqualTo(2);
      assertThat(sessions.countByCohortAndStatus(cohortId, SessionStatus.MISSED)).isEqualTo(1);
    });
  }

  @Test
  void aPeriodIsLoggedOnlyOnce() {
    Pairing pairing = activePairing();
    doInTransaction(em -> {
      new SessionRecordRepository(em).save(SessionRecord.missed(pairing, 1, T0));
    });

    assertThatThrownBy(() -> doInTransaction(em -> {
      new SessionRecordRepository(em).save(SessionRecord.missed(pairing, 1, T0));
    })).isInstanceOf(PersistenceException.class);
  }

  @Test
  void workshopAttendanceIsSavedWithTheWorkshopAndCorrectedInPlace() {
    Cohort pilot = pilotCohort();
    Workshop workshop = inTransaction(em -> {
      Participant amy = mentor(em, pilot, "amy");
      Participant ann = mentor(em, pilot, "ann");
      WorkshopRepository workshops = new WorkshopRepository(em);
      workshops.save(new Workshop(pilot, WorkshopKind.MENTEE_KICK_OFF, "Leaders' kick-off", minutesAfterT0(600), 90,
          EventAudience.MENTEES, "Online", ""));
      Workshop mentors = workshops.save(
          new Workshop(pilot, WorkshopKind.MENTOR_KICK_OFF, "Mentors' kick-off", minutesAfterT0(300), 90,
          EventAudience.MENTORS, "Online", ""));
      mentors.recordAttendance(amy, true, minutesAfterT0(400));
      mentors.recordAttendance(ann, true, minutesAfterT0(400));
      return mentors;
    });
    doInTransaction(em -> {
      Workshop managed = new WorkshopRepository(em).find(workshop.getId()).orElseThrow();
      Participant ann = new ParticipantRepository(em).findByCohortAndEmployee(pilot.getId(), "ann").orElseThrow();
      managed.recordAttendance(ann, false, minutesAfterT0(500));
    });

    doInTransaction(em -> {
      List<Workshop> workshops = new WorkshopRepository(em).findByCohort(pilot.getId());
      assertThat(workshops).extracting(Workshop::getTitle).containsExactly("Mentors' kick-off", "Leaders' kick-off");
      assertThat(workshops.get(0).getAttendances())
          .extracting(a -> a.getParticipant().getEmployeeId(), WorkshopAttendance::isAttended)
          .containsExactly(tuple("amy", true),
              tuple("ann", false));
      assertThat(workshops.get(1).getAttendances()).isEmpty();
    });
  }

  @Test
  void surveyResponsesAreFilteredByKind() {
    Cohort pilot = pilotCohort();
    doInTransaction(em -> {
      SurveyResponseRepository surveys = new SurveyResponseRepository(em);
      surveys.save(new SurveyResponse(pilot, ParticipantRole.MENTOR, SurveyKind.BASELINE, "t1", 2, 2, 3, 1, null));
      surveys.save(new SurveyResponse(pilot, ParticipantRole.MENTEE, SurveyKind.FINAL, "t2", 4, 5, null, 3,
          "eye-opening"));
    });

    doInTransaction(em -> {
      SurveyResponseRepository surveys = new SurveyResponseRepository(em);
      List<SurveyResponse> finals = surveys.findByCohortAndKind(pilot.getId(), SurveyKind.FINAL);
      assertThat(finals).singleElement().satisfies(response -> {
        assertThat(response.getRespondentToken()).isEqualTo("t2");
        assertThat(response.getUnderstandingIssues()).isEqualTo(5);
        assertThat(response.getConfidenceAsking()).isNull();
        assertThat(response.getComments()).isEqualTo("eye-opening");
      });
    });
  }

  @Test
  void concernsAreListedPerProgrammeWithTheirProgress() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Programme other = inTransaction(em -> new ProgrammeRepository(em).save(programme("Other", T0)));
    Concern concern = inTransaction(em -> {
      ConcernRepository concerns = new ConcernRepository(em);
      concerns.save(new Concern(other, "zed", "elsewhere", T0));
      concerns.save(new Concern(programme, "bob", "second", minutesAfterT0(2)));
      return concerns.save(new Concern(programme, "amy", "first", minutesAfterT0(1)));
    });
    doInTransaction(em -> {
      Concern managed = new ConcernRepository(em).find(concern.getId()).orElseThrow();
      managed.acknowledge(minutesAfterT0(3));
      managed.resolve(minutesAfterT0(4), "talked it through");
    });

    List<Concern> concerns = inTransaction(em -> new ConcernRepository(em).findByProgramme(programme.getId()));

    assertThat(concerns).extracting(Concern::getSummary).containsExactly("first", "second");
    assertThat(concerns.get(0).getStatus()).isEqualTo(ConcernStatus.RESOLVED);
    assertThat(concerns.get(0).getAcknowledgedAt()).isEqualTo(minutesAfterT0(3));
    assertThat(concerns.get(0).getOutcome()).isEqualTo("talked it through");
    assertThat(concerns.get(1).getStatus()).isEqualTo(ConcernStatus.RAISED);
  }

  @Test
  void aConcernKeepsItsDeadlineAndEscalationAndIsFoundByWhoRaisedIt() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Concern concern = inTransaction(em -> {
      ConcernRepository concerns = new ConcernRepository(em);
      concerns.save(new Concern(programme, "bob", "not mine", T0, minutesAfterT0(60)));
      concerns.save(new Concern(programme, "amy", "older", T0, minutesAfterT0(60)));
      return concerns.save(new Concern(programme, "amy", "newer", minutesAfterT0(1), minutesAfterT0(61)));
    });
    doInTransaction(em -> new ConcernRepository(em).find(concern.getId()).orElseThrow().escalate(minutesAfterT0(62)));

    List<Concern> amys = inTransaction(em -> new ConcernRepository(em).findByRaiser("amy"));

    assertThat(amys).extracting(Concern::getSummary).containsExactly("newer", "older");
    assertThat(amys.get(0).getAcknowledgeBy()).isEqualTo(minutesAfterT0(61));
    assertThat(amys.get(0).getEscalatedAt()).isEqualTo(minutesAfterT0(62));
    assertThat(amys.get(1).getEscalatedAt()).isNull();
  }

  @Test
  void latestEvaluationReportIsTheMostRecentlyCompiled() {
    Cohort pilot = pilotCohort();
    doInTransaction(em -> {
      EvaluationReportRepository reports = new EvaluationReportRepository(em);
      EvaluationReport first = new EvaluationReport(pilot, T0);
      first.setHeadline("first draft");
      reports.save(first);
      EvaluationReport latest = new EvaluationReport(pilot, minutesAfterT0(1));
      latest.setHeadline("4 of 5 pairs completed");
      latest.setApplications(11);
      latest.setPairs(5);
      latest.setPairsCompleted(4);
      latest.setPairsEndedEarly(1);
      latest.setSessionsHeld(22);
      latest.setSessionsMissed(3);
      latest.setSurveyResponses(4);
      latest.setDocument("4 of 5 pairs completed", "<html/>", new byte[] {'%', 'P', 'D', 'F'});
      reports.save(latest);
    });

    EvaluationReport latest = inTransaction(em ->
        new EvaluationReportRepository(em).findLatestByCohort(pilot.getId()).orElseThrow());

    assertThat(latest.getHeadline()).isEqualTo("4 of 5 pairs completed");
    assertThat(latest.getApplications()).isEqualTo(11);
    assertThat(latest.getPairsCompleted()).isEqualTo(4);
    assertThat(latest.getSessionsMissed()).isEqualTo(3);
    assertThat(latest.getHtml()).isEqualTo("<html/>");
    assertThat(latest.getPdf()).containsExactly('%', 'P', 'D', 'F');
    assertThat(inTransaction((EntityManager em) -> new EvaluationReportRepository(em).findLatestByCohort("none"))).isEmpty();
  }

  @Test
  void theOutboxKeepsNotificationsAndCalendarInvitesWithTheirWholeEvent() {
    // longer than any VARCHAR the other tables use: an invite's iCalendar text has no fixed limit
    String iCalendar = "BEGIN:VCALENDAR\r\n" + "DESCRIPTION:x\r\n".repeat(1500) + "END:VCALENDAR\r\n";
    OutboundMessage notification = new OutboundMessage("amy", "pre-reading", "Read this", "The guide", T0);
    OutboundMessage invite = new OutboundMessage("bob", "workshop-invitation", "Kick-off workshop", "Roles",
        new CalendarEntry("event-1", minutesAfterT0(60), minutesAfterT0(180), "Online", iCalendar), T0);
    doInTransaction(em -> {
      new OutboundMessageRepository(em).save(notification);
      new OutboundMessageRepository(em).save(invite);
    });

    OutboundMessage loadedNotification = inTransaction(em -> new OutboundMessageRepository(em).find(notification.getId()).orElseThrow());
    OutboundMessage loadedInvite = inTransaction(em -> new OutboundMessageRepository(em).find(invite.getId()).orElseThrow());

    assertThat(loadedNotification.getChannel()).isEqualTo(OutboundChannel.NOTIFICATION);
    assertThat(loadedNotification.getCalendarEntry()).isNull();
    assertThat(loadedInvite.getChannel()).isEqualTo(OutboundChannel.CALENDAR_INVITE);
    assertThat(loadedInvite.getCalendarEntry()).usingRecursiveComparison().isEqualTo(invite.getCalendarEntry());
    assertThat(loadedInvite.getCalendarEntry().getICalendar()).hasSize(iCalendar.length());
    assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).lockDue(T0, 10)))
        .extracting(OutboundMessage::getId).containsExactlyInAnyOrder(notification.getId(), invite.getId());
  }

  @Test
  void aMessageAnotherTransactionHoldsIsSkippedNotWaitedForAndTheNextAttemptIsTheEarliestWaiting() {
    List<OutboundMessage> queued = List.of(
        new OutboundMessage("amy", "pre-reading", "Read this", "The guide", T0),
        new OutboundMessage("bob", "pre-reading", "Read this", "The guide", minutesAfterT0(1)),
        new OutboundMessage("cat", "pre-reading", "Read this", "The guide", minutesAfterT0(2)),
        new OutboundMessage("dan", "pre-reading", "Read this", "The guide", minutesAfterT0(3)));
    doInTransaction(em -> queued.forEach(new OutboundMessageRepository(em)::add));
    List<String> ids = queued.stream().map(OutboundMessage::getId).toList();
    doInTransaction(em -> new OutboundMessageRepository(em).lockForDelivery(List.of(ids.get(3))).get(0)
        .delivered(minutesAfterT0(4)));

    EntityManager holder = factory.createEntityManager();
    try {
      holder.getTransaction().begin();
      assertThat(new OutboundMessageRepository(holder).lockForDelivery(List.of(ids.get(1))))
          .extracting(OutboundMessage::getId).containsExactly(ids.get(1));

      assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).lockForDelivery(ids)))
          .as("the waiting messages, but the held one and the delivered one")
          .extracting(OutboundMessage::getId).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
      assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).lockDue(minutesAfterT0(5), 1)))
          .as("the oldest due, once").extracting(OutboundMessage::getId).containsExactly(ids.get(0));
      assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).lockDue(minutesAfterT0(5), 10)))
          .as("everything due but the held one").extracting(OutboundMessage::getId)
          .containsExactly(ids.get(0), ids.get(2));
    } finally {
      holder.getTransaction().rollback();
      holder.close();
    }
    assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).lockDue(minutesAfterT0(5), 10)))
        .as("released").extracting(OutboundMessage::getId).containsExactly(ids.get(0), ids.get(1), ids.get(2));

    doInTransaction(em -> new OutboundMessageRepository(em).lockForDelivery(List.of(ids.get(0))).get(0)
        .failed(minutesAfterT0(5), "down"));
    assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).nextAttemptAt()))
        .as("the earliest waiting is bob's, queued at T0 + 1 minute").contains(minutesAfterT0(1));
    doInTransaction(em -> new OutboundMessageRepository(em).lockDue(minutesAfterT0(5), 10)
        .forEach(message -> message.delivered(minutesAfterT0(5))));
    assertThat(inTransaction((EntityManager em) -> new OutboundMessageRepository(em).nextAttemptAt()))
        .as("amy's retry, 30 seconds after it failed").contains(minutesAfterT0(5).plusSeconds(30));
  }

  @Test
  void theOutboxKeepsATemplatedNotificationsParametersAndNoText() {
    Map<String, String> parameters = Map.of("programme", "programme-1", "note", "Line one,\nline two & 100% = yes");
    OutboundMessage templated = new OutboundMessage("amy", "pilot-approved", parameters, T0);
    doInTransaction(em -> new OutboundMessageRepository(em).save(templated));

    OutboundMessage loaded = inTransaction(em -> new OutboundMessageRepository(em).find(templated.getId()).orElseThrow());

    assertThat(loaded.isTemplated()).isTrue();
    assertThat(loaded.getParameters()).isEqualTo(parameters);
    assertThat(loaded.getSubject()).isNull();
    assertThat(loaded.getBody()).isNull();
  }

  @Test
  void theOutboxKeepsARecognitionRecordWithItsProgrammePeriodAndSessions() {
    OutboundMessage record = new OutboundMessage("amy", "recognition", "Reverse mentor: Pilot", "Six sessions",
        new RecognitionEntry("programme-1", "Pilot", "reverse mentor", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 6),
        T0);
    doInTransaction(em -> {
      new OutboundMessageRepository(em).save(record);
    });

    OutboundMessage loaded = inTransaction(em -> new OutboundMessageRepository(em).find(record.getId()).orElseThrow());

    assertThat(loaded.getChannel()).isEqualTo(OutboundChannel.LEARNING_RECORD);
    assertThat(loaded.getCalendarEntry()).isNull();
    assertThat(loaded.getRecognitionEntry()).usingRecursiveComparison().isEqualTo(record.getRecognitionEntry());
    assertThat(loaded.getRecognitionEntry().getSessionsHeld()).isEqualTo(6);
  }

  @Test
  void aPendingDraftIsTheCurrentVersionOnlyWhileItWaitsForConfirmation() {
    Pairing pairing = activePairing();
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId())))
        .as("nothing drafted yet").isEmpty();
    doInTransaction(em -> new LearningAgreementRepository(em).save(agreement(pairing, 1)));
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId()))
        .map(LearningAgreement::getAgreementVersion)).as("the first draft").contains(1);

    doInTransaction(em -> {
      LearningAgreement first = new LearningAgreementRepository(em).findCurrent(pairing.getId()).orElseThrow();
      first.confirmBy(ParticipantRole.MENTEE, T0);
      first.confirmBy(ParticipantRole.MENTOR, T0);
    });
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId())))
        .as("confirmed: nothing pending").isEmpty();

    doInTransaction(em -> new LearningAgreementRepository(em).save(agreement(pairing, 2)));
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId())
        .map(LearningAgreement::getAgreementVersion))).as("a proposed change").contains(2);

    doInTransaction(em -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId()).orElseThrow().decline());
    assertThat(inTransaction((EntityManager em) -> new LearningAgreementRepository(em).findPendingDraft(pairing.getId())))
        .as("the declined change is no longer pending, the confirmed version is in force").isEmpty();
  }

  @Test
  void anEmployeesPairingsAreFoundOnEitherSideByStatusAndByParticipant() {
    Cohort pilot = pilotCohort();
    Pairing[] pairs = inTransaction(em -> {
      Participant amy = mentor(em, pilot, "amy");
      Participant ann = mentor(em, pilot, "ann");
      Participant bob = mentee(em, pilot, "bob");
      Participant bea = mentee(em, pilot, "bea");
      PairingRepository pairings = new PairingRepository(em);
      Pairing ended = new Pairing(pilot, amy, bob, 2, "first", T0);
      ended.publish(minutesAfterT0(1));
      ended.endEarly(minutesAfterT0(5), "not working");
      Pairing live = new Pairing(pilot, ann, bob, 2, "rematch", minutesAfterT0(6));
      live.publish(minutesAfterT0(7));
      Pairing rejected = new Pairing(pilot, amy, bea, 1, "proposed only", minutesAfterT0(2));
      rejected.reject();
      Pairing others = new Pairing(pilot, ann, bea, 2, "others", minutesAfterT0(3));
      others.publish(minutesAfterT0(4));
      return new Pairing[] {pairings.save(ended), pairings.save(live), pairings.save(rejected), pairings.save(others)};
    });

    doInTransaction(em -> {
      PairingRepository pairings = new PairingRepository(em);
      assertThat(pairings.findActiveByEmployee("bob")).extracting(Pairing::getId).containsExactly(pairs[1].getId());
      assertThat(pairings.findActiveByEmployee("ann")).extracting(Pairing::getId)
          .as("as a mentor too, oldest publication first").containsExactly(pairs[3].getId(), pairs[1].getId());
      assertThat(pairings.findActiveByEmployee("amy")).as("ended and rejected pairings are not live").isEmpty();
      assertThat(pairings.findPublishedByEmployee("bob")).extracting(Pairing::getId)
          .as("newest first, whatever became of them").containsExactly(pairs[1].getId(), pairs[0].getId());
      assertThat(pairings.findPublishedByEmployee("amy")).extracting(Pairing::getId)
          .as("never the one only proposed").containsExactly(pairs[0].getId());
      String amysPlace = pairs[0].getMentor().getId();
      assertThat(pairings.findByParticipant(amysPlace)).extracting(Pairing::getId)
          .as("every proposal, in the order proposed").containsExactly(pairs[0].getId(), pairs[2].getId());
    });
  }

  @Test
  void anEmployeesPlacesAndApplicationsAreFoundAcrossProgrammes() {
    Programme first = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Programme second = inTransaction(em -> new ProgrammeRepository(em).save(programme("Second", T0)));
    doInTransaction(em -> {
      Cohort pilot = new CohortRepository(em).save(cohort(first, 1));
      Cohort other = new CohortRepository(em).save(cohort(second, 1));
      ParticipantRepository participants = new ParticipantRepository(em);
      participants.save(new Participant(other, "amy", ParticipantRole.MENTOR, 3, "Ops", minutesAfterT0(2)));
      participants.save(new Participant(pilot, "amy", ParticipantRole.MENTOR, 3, "Ops", minutesAfterT0(1)));
      participants.save(new Participant(pilot, "bob", ParticipantRole.MENTEE, 8, "Board", minutesAfterT0(1)));
      new ApplicationRepository(em).save(application(pilot, "cat", ParticipantRole.MENTEE, 8, T0));
    });

    doInTransaction(em -> {
      assertThat(new ParticipantRepository(em).findByEmployee("amy"))
          .extracting(place -> place.getCohort().getProgramme().getName()).containsExactly("Pilot", "Second");
      assertThat(new ParticipantRepository(em).findByEmployee("nobody")).isEmpty();
      ApplicationRepository applications = new ApplicationRepository(em);
      assertThat(applications.existsForEmployee("cat")).isTrue();
      assertThat(applications.existsForEmployee("amy")).as("a place is not an application").isFalse();
    });
  }

  @Test
  void aSupportRequestKeepsItsNoteUntilTheDecisionAndThenOnlyWhoAskedWhenAndTheDecision() {
    Pairing pairing = activePairing();
    SupportRequest request = inTransaction(em -> new SupportRequestRepository(em)
        .save(new SupportRequest(pairing, "bob", minutesAfterT0(3), "  We never find a time  ")));
    SupportRequest silent = inTransaction(em -> new SupportRequestRepository(em)
        .save(new SupportRequest(pairing, "amy", minutesAfterT0(4), " ")));

    assertThat(inTransaction((EntityManager em) -> new SupportRequestRepository(em).find(request.getId())
        .orElseThrow().getNote())).isEqualTo("We never find a time");
    assertThat(inTransaction((EntityManager em) -> new SupportRequestRepository(em).find(silent.getId())
        .orElseThrow().getNote())).as("a blank note is none").isNull();
    doInTransaction(em -> new SupportRequestRepository(em).find(request.getId()).orElseThrow()
        .decide(SupportDecision.REMATCH, minutesAfterT0(10)));

    SupportRequest decided = inTransaction(em -> new SupportRequestRepository(em).find(request.getId()).orElseThrow());
    assertThat(decided.getNote()).isNull();
    assertThat(decided.getRequestedBy()).isEqualTo("bob");
    assertThat(decided.getRequestedAt()).isEqualTo(minutesAfterT0(3));
    assertThat(decided.getDecision()).isEqualTo(SupportDecision.REMATCH);
    assertThat(decided.getDecidedAt()).isEqualTo(minutesAfterT0(10));
    assertThat(decided.otherPartner().getEmployeeId()).isEqualTo("amy");
    assertThatThrownBy(() -> decided.decide(SupportDecision.CLOSE, minutesAfterT0(11)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SupportRequest(pairing, "cat", T0, ""))
        .as("only a partner asks").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCoachingRequestKeepsItsNoteUntilACoachAnswersAndThenWhoAskedWhoAnsweredAndHow() {
    Pairing pairing = activePairing();
    CoachingRequest arranged = inTransaction(em -> new CoachingRequestRepository(em)
        .save(new CoachingRequest(pairing, "amy", minutesAfterT0(3), "  How do I give feedback upwards?  ")));
    CoachingRequest referred = inTransaction(em -> new CoachingRequestRepository(em)
        .save(new CoachingRequest(pairing, "bob", minutesAfterT0(4), null)));

    assertThat(inTransaction((EntityManager em) -> new CoachingRequestRepository(em).find(arranged.getId())
        .orElseThrow().getNote())).isEqualTo("How do I give feedback upwards?");
    doInTransaction(em -> new CoachingRequestRepository(em).find(arranged.getId()).orElseThrow()
        .arrange("coach-1", minutesAfterT0(60 * 24), minutesAfterT0(10)));
    doInTransaction(em -> new CoachingRequestRepository(em).find(referred.getId()).orElseThrow()
        .refer("coach-2", minutesAfterT0(11)));

    CoachingRequest answered = inTransaction(em -> new CoachingRequestRepository(em).find(arranged.getId())
        .orElseThrow());
    assertThat(answered.getNote()).as("erased once answered").isNull();
    assertThat(answered.getRequestedBy()).isEqualTo("amy");
    assertThat(answered.getAnsweredBy()).isEqualTo("coach-1");
    assertThat(answered.getOutcome()).isEqualTo(CoachingOutcome.ARRANGED);
    assertThat(answered.getSessionAt()).isEqualTo(minutesAfterT0(60 * 24));
    assertThat(answered.getAnsweredAt()).isEqualTo(minutesAfterT0(10));
    CoachingRequest handedOn = inTransaction(em -> new CoachingRequestRepository(em).find(referred.getId())
        .orElseThrow());
    assertThat(handedOn.getOutcome()).isEqualTo(CoachingOutcome.REFERRED);
    assertThat(handedOn.getSessionAt()).isNull();
    assertThatThrownBy(() -> answered.refer("coach-2", minutesAfterT0(12)))
        .as("one coach answers").isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new CoachingRequest(pairing, "cat", T0, ""))
        .as("only a partner asks").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoachingRequest(pairing, "amy", T0, "x".repeat(501)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRespondentIsFoundByTokenWithinItsCohortAndSurvey() {
    Cohort pilot = pilotCohort();
    doInTransaction(em -> new SurveyResponseRepository(em).save(
        SurveyResponse.pulse(pilot, ParticipantRole.MENTEE, "token-1", 4, 5, 3)));

    doInTransaction(em -> {
      SurveyResponseRepository responses = new SurveyResponseRepository(em);
      assertThat(responses.existsByCohortKindAndRespondent(pilot.getId(), SurveyKind.PULSE, "token-1")).isTrue();
      assertThat(responses.existsByCohortKindAndRespondent(pilot.getId(), SurveyKind.FINAL, "token-1")).isFalse();
      assertThat(responses.existsByCohortKindAndRespondent(pilot.getId(), SurveyKind.PULSE, "token-2")).isFalse();
    });
  }

  @Test
  void ambassadorsWhoAcceptedTogetherAreListedByCohortThenEmployeeIdEveryTime() {
    Programme programme = inTransaction(em -> new ProgrammeRepository(em).save(programme("Pilot", T0)));
    Cohort pilot = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 1)));
    Cohort second = inTransaction(em -> new CohortRepository(em).save(cohort(programme, 2)));
    List<String> together = List.of("hal", "bob", "gus", "amy", "fay", "dan", "eve", "cat");
    doInTransaction(em -> {
      AmbassadorRepository ambassadors = new AmbassadorRepository(em);
      ambassadors.save(new Ambassador(second, "abe", minutesAfterT0(1)));
      together.forEach(employee -> ambassadors.save(new Ambassador(pilot, employee, minutesAfterT0(1))));
      ambassadors.save(new Ambassador(second, "zed", T0));
    });

    doInTransaction(em -> {
      AmbassadorRepository ambassadors = new AmbassadorRepository(em);
      assertThat(ambassadors.findByCohort(pilot.getId())).extracting(Ambassador::getEmployeeId)
          .containsExactly("amy", "bob", "cat", "dan", "eve", "fay", "gus", "hal");
      assertThat(ambassadors.findByProgramme(programme.getId())).extracting(Ambassador::getEmployeeId)
          .containsExactly("zed", "amy", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "abe");
    });
  }

  private Cohort pilotCohort() {
    return inTransaction(em -> new CohortRepository(em)
        .save(cohort(new ProgrammeRepository(em).save(programme("Pilot", T0)), 1)));
  }

  private Pairing activePairing() {
    Cohort pilot = pilotCohort();
    return inTransaction(em -> {
      Pairing pairing = new Pairing(pilot, mentor(em, pilot, "amy"), mentee(em, pilot, "bob"), 2, "why", T0);
      pairing.publish(minutesAfterT0(1));
      return new PairingRepository(em).save(pairing);
    });
  }

  private static Participant mentor(EntityManager em, Cohort cohort, String employeeId) {
    return new ParticipantRepository(em).save(
        new Participant(cohort, employeeId, ParticipantRole.MENTOR, 3, "Ops", T0));
  }

  private static Participant mentee(EntityManager em, Cohort cohort, String employeeId) {
    return new ParticipantRepository(em).save(
        new Participant(cohort, employeeId, ParticipantRole.MENTEE, 8, "Board", T0));
  }

  private static LearningAgreement agreement(Pairing pairing, int version) {
    return new LearningAgreement(pairing, version, true, "no names outside the pair", MeetingFormat.ONLINE, "P1M",
        ParticipantRole.MENTEE, true, "bob", minutesAfterT0(version));
  }
}
