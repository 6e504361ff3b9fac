package org.flipside.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.model.testing.Fixtures.T0;
import static org.flipside.model.testing.Fixtures.cohort;
import static org.flipside.model.testing.Fixtures.minutesAfterT0;
import static org.flipside.model.testing.Fixtures.programme;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules the entities enforce themselves, without a database. */
class DomainRulesTest {

  private final Cohort cohort = cohort(programme("Pilot", T0), 1);
  private final Participant mentor = new Participant(cohort, "amy", ParticipantRole.MENTOR, 3, "Ops", T0);
  private final Participant mentee = new Participant(cohort, "bob", ParticipantRole.MENTEE, 8, "Board", T0);

  @Test
  void aNewProgrammeStartsAtPilotScopingWithTheDefaultAnonymityThreshold() {
    Programme programme = programme("Pilot", T0);

    assertThat(programme.getStage()).isEqualTo(ProgrammeStage.PILOT_SCOPING);
    assertThat(programme.getAnonymityThreshold()).isEqualTo(5);
    assertThat(programme.getId()).hasSize(36);
  }

  @Test
  void aPulseAnswerKeepsNoTimeSoItCannotBeMatchedToTheRespondentsTask() {
    assertThat(SurveyResponse.class.getDeclaredFields()).extracting(java.lang.reflect.Field::getType)
        .doesNotContain(Instant.class, java.time.LocalDate.class, java.time.LocalDateTime.class);
  }

  @Test
  void focusDimensionsAreSplitOnCommasWithoutBlanks() {
    Programme programme = new Programme("P", ProgrammeMode.RECIPROCAL, " RACE , ,GENDER,", "Mentor", "Mentee", "pm",
        "sp", T0);
    Programme unfocused = new Programme("P", ProgrammeMode.REVERSE, null, "Mentor", "Mentee", "pm", "sp", T0);

    assertThat(programme.focusDimensionList()).containsExactly("RACE", "GENDER");
    assertThat(unfocused.focusDimensionList()).isEmpty();
  }

  @Test
  void aPairingGoesLiveThenCompletes() {
    Pairing pairing = new Pairing(cohort, mentor, mentee, 1.5, "why", T0);
    assertThat(pairing.getStatus()).isEqualTo(PairingStatus.PROPOSED);

    pairing.publish(minutesAfterT0(1));
    pairing.complete(minutesAfterT0(2));

    assertThat(pairing.getStatus()).isEqualTo(PairingStatus.COMPLETED);
    assertThat(pairing.getPublishedAt()).isEqualTo(minutesAfterT0(1));
    assertThat(pairing.getEndedAt()).isEqualTo(minutesAfterT0(2));
  }

  @Test
  void aLivePairingCanEndEarlyWithAReason() {
    Pairing pairing = new Pairing(cohort, mentor, mentee, 1.5, "why", T0);
    pairing.publish(T0);

    pairing.endEarly(minutesAfterT0(3), "moved on");

    assertThat(pairing.getStatus()).isEqualTo(PairingStatus.ENDED_EARLY);
    assertThat(pairing.getEndReason()).isEqualTo("moved on");
  }

  @Test
  void anIllegalPairingTransitionNamesBothStatuses() {
    Pairing proposed = new Pairing(cohort, mentor, mentee, 1.5, "why", T0);
    Pairing rejected = new Pairing(cohort, mentor, mentee, 1.5, "why", T0);
    rejected.reject();
    Pairing discarded = new Pairing(cohort, mentor, mentee, 1.5, "why", T0);
    discarded.discard();

    assertThatThrownBy(() -> proposed.complete(T0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("from PROPOSED to COMPLETED");
    assertThatThrownBy(() -> rejected.publish(T0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("from REJECTED to ACTIVE");
    assertThatThrownBy(() -> discarded.endEarly(T0, "x"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("from DISCARDED to ENDED_EARLY");
  }

  @Test
  void aLongRationaleIsCutToTheColumnSize() {
    Pairing pairing = new Pairing(cohort, mentor, mentee, 1, "x".repeat(1500), T0);

    assertThat(pairing.getRationale()).hasSize(Pairing.MAX_RATIONALE_LENGTH);
  }

  @Test
  void aProtectedCharacteristicWithoutConsentIsRefused() {
    assertThatThrownBy(() -> new Application(cohort, "amy", ParticipantRole.MENTOR, 3, "Ops", null, null, null, null,
        null, false, "Black British", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("protectedCharacteristic");
  }

  @Test
  void aParticipantCopiesWhoTheyAreFromTheirApplication() {
    Application application = new Application(cohort, "amy", ParticipantRole.MENTOR, 3, "Ops", "race", null, null,
        MeetingFormat.PHONE, null, true, "Black British", T0);

    Participant participant = new Participant(application, minutesAfterT0(1));

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(participant.getCohort()).isSameAs(cohort);
    assertThat(participant.getEmployeeId()).isEqualTo("amy");
    assertThat(participant.getRole()).isEqualTo(ParticipantRole.MENTOR);
    assertThat(participant.getBand()).isEqualTo(3);
    assertThat(participant.getDepartment()).isEqualTo("Ops");
    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(participant.getApplication()).isSameAs(application);
  }

  @Test
  void surveyScoresOutsideOneToFiveAreRefusedByName() {
    assertThatThrownBy(() -> survey(3, 6, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("understandingIssues");
    assertThatThrownBy(() -> survey(null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidenceSharing");
    assertThat(survey(1, 5, null, null).getConfidenceTalking()).isEqualTo(1);
  }

  @Test
  void recordingAttendanceAgainCorrectsTheEarlierRecord() {
    Workshop workshop = new Workshop(cohort, WorkshopKind.KNOWLEDGE_SESSION, "Race at work", T0, 60,
        EventAudience.EVERYONE, "Online", "");

    workshop.recordAttendance(mentor, true, T0);
    workshop.recordAttendance(mentee, true, T0);
    workshop.recordAttendance(mentor, false, minutesAfterT0(5));

    assertThat(workshop.getAttendances()).hasSize(2);
    assertThat(workshop.getAttendances().get(0).isAttended()).isFalse();
    assertThat(workshop.getAttendances().get(0).getRecordedAt()).isEqualTo(minutesAfterT0(5));
  }

  @Test
  void aLearningAgreementIsConfirmedOnceBothPartnersAgreeAndSupersededOnce() {
    Pairing pairing = new Pairing(cohort, mentor, mentee, 1, "why", T0);
    LearningAgreement agreement = new LearningAgreement(pairing, 1, true, null, null, "P1M", ParticipantRole.MENTOR,
        false, "bob", T0);

    assertThat(agreement.confirmBy(ParticipantRole.MENTEE, minutesAfterT0(1))).isFalse();
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(agreement.confirmBy(ParticipantRole.MENTOR, minutesAfterT0(2))).isTrue();

    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.CONFIRMED);
    assertThat(agreement.getMenteeConfirmedAt()).isEqualTo(minutesAfterT0(1));
    assertThat(agreement.getConfirmedAt()).isEqualTo(minutesAfterT0(2));
    assertThatThrownBy(() -> agreement.confirmBy(ParticipantRole.MENTOR, T0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(agreement::decline).isInstanceOf(IllegalStateException.class);
    agreement.supersede();
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SUPERSEDED);
    assertThatThrownBy(agreement::supersede).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConcernIsAcknowledgedThenResolvedButNeverReopened() {
    Concern concern = new Concern(cohort.getProgramme(), "amy", "felt unheard", T0);

    concern.acknowledge(minutesAfterT0(1));
    concern.resolve(minutesAfterT0(2), "facilitated conversation");

    assertThat(concern.getStatus()).isEqualTo(ConcernStatus.RESOLVED);
    assertThatThrownBy(() -> concern.acknowledge(T0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> concern.resolve(T0, "again")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissedSessionRecordsNothingButThePeriod() {
    Pairing pairing = new Pairing(cohort, mentor, mentee, 1, "why", T0);

    SessionRecord missed = SessionRecord.missed(pairing, 2, T0);

    assertThat(missed.getStatus()).isEqualTo(SessionStatus.MISSED);
    assertThat(missed.getHeldOn()).isNull();
    assertThat(missed.getLoggedBy()).isNull();
  }

  private SurveyResponse survey(Integer talking, Integer understanding, Integer asking, Integer sharing) {
    return new SurveyResponse(cohort, ParticipantRole.MENTEE, SurveyKind.FINAL, "token", talking, understanding,
        asking, sharing, null);
  }
}
