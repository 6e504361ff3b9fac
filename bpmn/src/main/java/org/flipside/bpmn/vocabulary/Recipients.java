package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * Whom a process owner's own notification step ({@link BuildingBlocks#NOTIFY}) goes to. The people
 * are found from the programme and, in a pair's journey, the pairing: a diagram never names them.
 *
 * @since 1.0
 */
public final class Recipients {

  /** The programme's manager, or every HR admin while the post is vacant. */
  public static final String PROGRAMME_MANAGER = "programme-manager";
  /** The programme's sponsor. */
  public static final String SPONSOR = "sponsor";
  /** Both partners of the pairing the journey is about. */
  public static final String PARTNERS = "partners";
  /** The mentor of the pairing the journey is about. */
  public static final String MENTOR = "mentor";
  /** The mentee of the pairing the journey is about. */
  public static final String MENTEE = "mentee";

  private static final List<String> ALL = Declarations.of(Recipients.class, String.class);

  private Recipients() {}

  /** Every choice, in the order above. */
  public static List<String> all() {
    return ALL;
  }

  /** Whether the choice needs the pairing a pair's journey is about. */
  public static boolean needPairing(String recipients) {
    return PARTNERS.equals(recipients) || MENTOR.equals(recipients) || MENTEE.equals(recipients);
  }
}
