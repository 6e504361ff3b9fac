package org.flipside.api;

import java.util.Set;

/**
 * What an HR admin gives to create a programme. Goals, dates and cohort size follow in the pilot
 * scoping task.
 *
 * @param name the programme's name, such as "Board reverse mentoring pilot 2027"
 * @param mode reverse or reciprocal
 * @param focus the dimensions the programme focuses on, at least one
 * @param mentorLabel what the organisation calls the mentors, such as "reverse mentor" or "partner"
 * @param menteeLabel what the organisation calls the mentees, such as "reverse mentee" or "partner"
 * @param sponsorId the employee id of the senior sponsor who signs the programme off
 * @since 1.0
 */
public record NewProgramme(
    String name,
    ProgrammeMode mode,
    Set<FocusDimension> focus,
    String mentorLabel,
    String menteeLabel,
    String sponsorId) {}
