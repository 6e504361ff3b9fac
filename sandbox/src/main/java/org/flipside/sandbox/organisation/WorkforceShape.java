package org.flipside.sandbox.organisation;

/**
 * The proportions the synthetic organisation is built to, per band (index 0 is band 2, index 8 is
 * VSM). The shape of the workforce follows a typical NHS trust; the ethnicity shares follow the
 * Sheffield Health and Social Care figures in the seeds: about 16% BME at Band 5, about 6% at Bands
 * 6 and 7, 2.07% at Bands 8–9 and VSM, 11.05% over the whole workforce.
 */
final class WorkforceShape {

  /**
   * Relative headcount of bands 2 to 9 besides the chief executive and the department heads, who
   * are placed first (the heads at Band 9).
   */
  static final double[] HEADCOUNT_BELOW_VSM = {0.10, 0.15, 0.13, 0.20, 0.17, 0.13, 0.10, 0.01};

  /** Share of each band, 2 to VSM, from Black, Asian and minority ethnic groups. */
  static final double[] MINORITY_SHARE = {0.15, 0.15, 0.15, 0.16, 0.06, 0.06, 0.025, 0.02, 0.0};

  /** Share of each band, 2 to VSM, who are women: most of the workforce, fewer at the top. */
  static final double[] WOMEN_SHARE = {0.79, 0.79, 0.78, 0.80, 0.77, 0.74, 0.66, 0.58, 0.5};

  /** How often someone outside the women's quota describes themselves as non-binary. */
  static final double NON_BINARY_CHANCE = 0.01;

  /** Relative frequency of band 8's sub-bands a to d. */
  static final double[] BAND_8_SUB_BANDS = {0.45, 0.30, 0.15, 0.10};

  private WorkforceShape() {}

  static double minorityShare(int band) {
    return MINORITY_SHARE[band - Bands.LOWEST];
  }

  static double womenShare(int band) {
    return WOMEN_SHARE[band - Bands.LOWEST];
  }
}
