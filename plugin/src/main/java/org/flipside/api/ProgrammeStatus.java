package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * A programme's progress in figures. Counts are for the current cohort.
 *
 * @param id the programme's id
 * @param name the programme's name
 * @param stage where it is now
 * @param programmeManagerId the programme manager, {@code null} while the post is vacant
 * @param sponsorId the sponsor, {@code null} while the post is vacant
 * @param cohortNumber the current cohort, 1 for the pilot, 0 before recruitment
 * @param applications applications received by the current cohort
 * @param mentors approved mentors
 * @param mentees approved mentees
 * @param waitlisted applicants on the waitlist
 * @param activePairs pairs meeting now
 * @param completedPairs pairs that completed the programme
 * @param pairsEndedEarly pairs that ended before the programme did
 * @param sessionsHeld sessions logged as held
 * @param sessionsMissed session periods that passed without a session
 * @param surveyResponses survey responses received
 * @param rolloutDecision the last rollout decision, or {@code null} before one is made
 * @since 1.0
 */
public record ProgrammeStatus(
    String id,
    String name,
    Stage stage,
    @Nullable String programmeManagerId,
    @Nullable String sponsorId,
    int cohortNumber,
    long applications,
    long mentors,
    long mentees,
    long waitlisted,
    long activePairs,
    long completedPairs,
    long pairsEndedEarly,
    long sessionsHeld,
    long sessionsMissed,
    long surveyResponses,
    @Nullable RolloutChoice rolloutDecision) {}
