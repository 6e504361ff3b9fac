package org.flipside.api;

import java.time.Instant;

/**
 * One person holding one post in a programme's delivery team.
 *
 * @param appointmentId the appointment's id, to withdraw it
 * @param programmeId the programme's id
 * @param role the post
 * @param personId the host's employee id, or the id Flipside issued to a {@link Guest}
 * @param name the name the host's directory gives, or the guest's
 * @param guest whether the person is a guest from outside the directory
 * @param appointedAt when they were appointed
 * @since 1.1
 */
public record TeamMember(String appointmentId, String programmeId, DeliveryRole role, String personId, String name,
    boolean guest, Instant appointedAt) {}
