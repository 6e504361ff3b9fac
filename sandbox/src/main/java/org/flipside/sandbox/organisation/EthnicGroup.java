package org.flipside.sandbox.organisation;

/**
 * Broad ethnic groups as UK workforce race equality reporting uses them. Everyone outside
 * {@link #WHITE} counts towards the Black, Asian and minority ethnic (BME) share the seeds report.
 */
public enum EthnicGroup {
  WHITE,
  BLACK,
  ASIAN,
  MIXED,
  OTHER;

  /** Whether the group counts as Black, Asian or minority ethnic. */
  public boolean isMinority() {
    return this != WHITE;
  }
}
