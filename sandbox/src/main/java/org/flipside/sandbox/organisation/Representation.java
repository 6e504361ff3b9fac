package org.flipside.sandbox.organisation;

import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.flipside.spi.Employee;

/**
 * Workforce equality figures of a synthetic organisation, as a trust reports them in aggregate
 * (WRES-style): what share of a group of bands is from minority ethnic groups, or are women.
 */
public final class Representation {

  private final SyntheticOrganisation organisation;

  /** Figures over the given organisation. */
  public Representation(SyntheticOrganisation organisation) {
    this.organisation = organisation;
  }

  /** Share of the whole workforce from Black, Asian and minority ethnic groups, 0 to 1. */
  public double minorityShareOfWorkforce() {
    return minorityShare(band -> true);
  }

  /** Share of Bands 8–9 and very senior managers from Black, Asian and minority ethnic groups. */
  public double minorityShareOfSeniorBands() {
    return minorityShare(Bands::isSenior);
  }

  /** Share of the given bands from Black, Asian and minority ethnic groups; 0 when nobody is in them. */
  public double minorityShare(IntPredicate bands) {
    return share(bands, profile -> profile.ethnicGroup().isMinority());
  }

  /** Share of the given bands who are women; 0 when nobody is in them. */
  public double womenShare(IntPredicate bands) {
    return share(bands, profile -> profile.gender() == Gender.WOMAN);
  }

  private double share(IntPredicate bands, Predicate<PrivateProfile> inGroup) {
    long inBands = 0;
    long matching = 0;
    for (Employee employee : organisation.employees()) {
      if (bands.test(employee.band())) {
        inBands++;
        if (inGroup.test(organisation.profileOf(employee.id()))) {
          matching++;
        }
      }
    }
    return inBands == 0 ? 0 : (double) matching / inBands;
  }
}
