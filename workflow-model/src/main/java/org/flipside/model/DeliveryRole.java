package org.flipside.model;

/** A post in a programme's delivery team, held beside the programme manager and sponsor. */
public enum DeliveryRole {
  /** The programme lead or liaison, who arranges the workshops, training sessions and meetings. */
  LIAISON(false),
  /** A coach, who takes the coaching requests pairs make: a coach sees which pair asks. */
  COACH(true),
  /** A trainer or facilitator of workshops and knowledge sessions, from the organisation's OD team or outside it. */
  TRAINER(false),
  /** The communications contact, who runs the recruitment campaign. */
  COMMUNICATIONS_CONTACT(false),
  /** A member of the programme's steering group, such as a trustee or a partner from another organisation. */
  STEERING_GROUP_MEMBER(false),
  /** A staff-network or employee resource group representative, who co-designs the programme at scoping. */
  STAFF_NETWORK_REPRESENTATIVE(false),
  /** The external training provider that delivers the programme's training. */
  TRAINING_PROVIDER(false),
  /** A speaker who shares their experience at a workshop or knowledge session. */
  SPEAKER(false);

  private final boolean seesPairings;

  DeliveryRole(boolean seesPairings) {
    this.seesPairings = seesPairings;
  }

  /** Whether holding the post shows who is paired with whom, so that no participant of the programme may hold it. */
  public boolean seesPairings() {
    return seesPairings;
  }
}
