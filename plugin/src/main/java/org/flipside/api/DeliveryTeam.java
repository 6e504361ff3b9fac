package org.flipside.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The people who deliver a programme beside its manager and sponsor: its liaison, coaches, trainers, communications
 * contact, steering group, staff-network representatives, external training provider and speakers, employees or
 * guests from outside the directory. Each post brings its own steps (the staff-network representatives review the
 * scope before the sponsor signs it off) and no more access than it needs: none sees session logs, private
 * reflections, concerns or survey answers. Every appointment, withdrawal and guest registration is in the audit trail.
 *
 * @since 1.1
 */
@ProviderType
public interface DeliveryTeam {

  /**
   * Registers someone outside the host's directory as a guest, or returns the guest already registered under the
   * email address.
   *
   * @param actor an employee holding {@link org.flipside.spi.FlipsideRoles#HR_ADMIN}
   * @param guest who the guest is
   * @return the guest, with the id Flipside issued
   * @throws ValidationException naming {@code name}, {@code email} or {@code organisation}; nothing is saved then
   * @throws AccessDeniedException when the actor is not an HR admin
   */
  Guest registerGuest(Actor actor, NewGuest guest);

  /**
   * A guest, for the host: to authenticate a request the guest sends, or to deliver a notification addressed to the
   * guest's id. The host calls this on no one's behalf.
   *
   * @param guestId the id Flipside issued
   * @return the guest, or empty when Flipside issued no such id
   */
  Optional<Guest> guest(String guestId);

  /**
   * Appoints a person to a post of the programme's delivery team; the person is told. A post that sees pairings
   * ({@link DeliveryRole#COACH}) is refused to anyone who applied to or takes part in the programme's current cohort.
   *
   * @param actor an HR admin or the programme's manager
   * @param programmeId the programme's id
   * @param role the post
   * @param personId an employed employee's id, or a registered guest's
   * @return the appointment
   * @throws ValidationException naming {@code role}, {@code personId} (unknown, already holding the post, or a
   *     participant the post would show their own pairing) or {@code programmeId} (a programme that has ended);
   *     nothing changes
   * @throws AccessDeniedException for anyone else
   * @throws NotFoundException when there is no such programme
   */
  TeamMember appoint(Actor actor, String programmeId, DeliveryRole role, String personId);

  /**
   * Withdraws an appointment: the person no longer holds the post, and its later steps no longer go to them.
   *
   * @param actor an HR admin or the programme's manager
   * @param programmeId the programme's id
   * @param appointmentId the appointment's id, as {@link TeamMember#appointmentId()} gives it
   * @throws AccessDeniedException for anyone else
   * @throws NotFoundException when there is no such programme, or it has no such appointment
   */
  void withdraw(Actor actor, String programmeId, String appointmentId);

  /**
   * The programme's delivery team, by post.
   *
   * @param actor an HR admin or sponsor, the programme's manager or sponsor, or a member of its team
   * @param programmeId the programme's id
   * @return the team's members
   * @throws AccessDeniedException for anyone else
   * @throws NotFoundException when there is no such programme
   */
  List<TeamMember> team(Actor actor, String programmeId);

  /**
   * The posts the actor holds, in every programme: for an employee or a guest to see what they were asked to do.
   *
   * @param actor anyone
   * @return the actor's appointments, oldest first
   */
  List<TeamMember> appointmentsOf(Actor actor);
}
