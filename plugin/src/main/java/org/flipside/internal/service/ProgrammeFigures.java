package org.flipside.internal.service;

import org.flipside.api.ProgrammeStatus;
import org.flipside.api.Stage;
import org.flipside.internal.delegate.Repositories;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.PairingStatus;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.SessionStatus;
import org.flipside.model.evaluation.SurveyReleases;

/**
 * A programme's figures for its current cohort, counted in the database. Survey responses count once released, so
 * the count does not move answer by answer while a survey is open.
 */
final class ProgrammeFigures {

  private ProgrammeFigures() {}

  static ProgrammeStatus beforeRecruitment(Programme programme) {
    return new ProgrammeStatus(programme.getId(), programme.getName(), stage(programme),
        programme.getProgrammeManagerId(), programme.getSponsorId(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ApiValues.rollout(programme.getRolloutDecision()));
  }

  static ProgrammeStatus of(Programme programme, Cohort cohort, Repositories data) {
    String cohortId = cohort.getId();
    return new ProgrammeStatus(
        programme.getId(),
        programme.getName(),
        stage(programme),
        programme.getProgrammeManagerId(),
        programme.getSponsorId(),
        cohort.getNumber(),
        data.applications().countByCohort(cohortId),
        data.participants().countByCohortAndRole(cohortId, ParticipantRole.MENTOR),
        data.participants().countByCohortAndRole(cohortId, ParticipantRole.MENTEE),
        data.applications().countByCohortAndStatus(cohortId, ApplicationStatus.WAITLISTED),
        data.pairings().countByCohortAndStatus(cohortId, PairingStatus.ACTIVE),
        data.pairings().countByCohortAndStatus(cohortId, PairingStatus.COMPLETED),
        data.pairings().countByCohortAndStatus(cohortId, PairingStatus.ENDED_EARLY),
        data.sessions().countByCohortAndStatus(cohortId, SessionStatus.HELD),
        data.sessions().countByCohortAndStatus(cohortId, SessionStatus.MISSED),
        new SurveyReleases(data.entityManager()).countReleased(cohortId),
        ApiValues.rollout(programme.getRolloutDecision()));
  }

  private static Stage stage(Programme programme) {
    return Stage.valueOf(programme.getStage().name());
  }
}
