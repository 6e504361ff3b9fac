package org.flipside.api;

/**
 * A post in a programme's delivery team, beside its {@link Steward}s. A programme may appoint several people to each,
 * employees or {@link Guest}s. None of these posts sees session logs, private reflections, concerns or survey
 * answers.
 *
 * @since 1.1
 */
public enum DeliveryRole {
  /**
   * The programme lead or liaison, who arranges the workshops, training sessions and meetings. The post sees no
   * pairing, so a participant may hold it (at Arden &amp; GEM one of the Pharmacy Fellows did).
   */
  LIAISON,
  /**
   * A coach, who takes the coaching requests pairs make. A coach sees which pair asks, so no participant of the
   * programme's current cohort may be one.
   */
  COACH,
  /** A trainer or facilitator of workshops and knowledge sessions, from the organisation's OD team or outside it. */
  TRAINER,
  /** The communications contact, who runs the recruitment campaign. */
  COMMUNICATIONS_CONTACT,
  /** A member of the programme's steering group, such as a trustee or a partner from another organisation. */
  STEERING_GROUP_MEMBER,
  /** A staff-network or employee resource group representative, who reviews the scope at scoping to co-design it. */
  STAFF_NETWORK_REPRESENTATIVE,
  /** The external training provider that delivers the programme's training. */
  TRAINING_PROVIDER,
  /** A speaker who shares their experience at a workshop or knowledge session. */
  SPEAKER
}
