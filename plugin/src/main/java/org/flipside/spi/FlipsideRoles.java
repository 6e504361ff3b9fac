package org.flipside.spi;

/**
 * The host roles Flipside's processes give work to. A host grants them through
 * {@link EmployeeDirectory#rolesOf(String)}.
 *
 * @since 1.0
 */
public final class FlipsideRoles {

  /** HR admins and EDI leads who run programmes: scoping, reviews, attendance, evaluation. */
  public static final String HR_ADMIN = "flipside-hr-admin";

  /**
   * Equality, diversity and inclusion leads, who receive the concerns participants raise: a concern
   * leaves the mentoring process and goes to them, never to the mentoring partner.
   */
  public static final String EDI_LEAD = "flipside-edi-lead";

  /** Senior sponsors and board members who sign programmes off and read outcome reports. */
  public static final String SPONSOR = "flipside-sponsor";

  /**
   * Process owners, who edit Flipside's diagrams, decision tables and forms in Camunda Modeler and deploy new
   * versions of them. HR admins may do the same.
   *
   * @since 1.0
   */
  public static final String PROCESS_OWNER = "flipside-process-owner";

  /**
   * The data protection officer, who answers employees' requests to erase or export their data and reads the
   * audit trail of who read what. HR admins may do the same.
   *
   * @since 1.0
   */
  public static final String DATA_PROTECTION_OFFICER = "flipside-data-protection-officer";

  private FlipsideRoles() {}
}
