package org.flipside.sandbox.organisation;

/**
 * The synthetic organisation's pay bands: NHS Agenda for Change bands 2 to 9 as numbers, with very
 * senior managers (VSM) above them as band 10. Band 8 is split into 8a to 8d in its label only, as
 * the directory reports one number per band.
 */
public final class Bands {

  /** The most junior band. */
  public static final int LOWEST = 2;

  /** The most senior Agenda for Change band. */
  public static final int HIGHEST_AGENDA_FOR_CHANGE = 9;

  /**
   * Very senior managers. In the synthetic organisation only the chief executive, since everyone's
   * line manager sits in a higher band than they do.
   */
  public static final int VSM = 10;

  /** The first band the seeds count as senior ("Bands 8–9 and very senior managers"). */
  public static final int FIRST_SENIOR = 8;

  private Bands() {}

  /**
   * How the organisation names a band.
   *
   * @param band the band number, 2 to 10
   * @param subBand for band 8 the letter a to d, ignored otherwise
   * @return such as "Band 5", "Band 8c" or "VSM"
   */
  public static String label(int band, char subBand) {
    if (band < LOWEST || band > VSM) {
      throw new IllegalArgumentException("band must be between " + LOWEST + " and " + VSM + ", not " + band);
    }
    if (band == VSM) {
      return "VSM";
    }
    return band == 8 ? "Band 8" + subBand : "Band " + band;
  }

  /** Whether the band is among those the seeds report as senior. */
  public static boolean isSenior(int band) {
    return band >= FIRST_SENIOR;
  }
}
