package org.flipside.sandbox.organisation;

import java.util.Objects;

/**
 * What the sandbox knows about a synthetic employee and the directory never tells Flipside: the
 * employee's ethnicity and gender. Simulated employees use it to describe themselves when they
 * apply and consent, and the sandbox uses it for workforce figures like the seeds' WRES data.
 *
 * @param ethnicGroup the broad group
 * @param ethnicity how the employee describes their ethnicity, such as "Black Caribbean"
 * @param gender how the employee describes their gender
 */
public record PrivateProfile(EthnicGroup ethnicGroup, String ethnicity, Gender gender) {

  /** Checks every field is present. */
  public PrivateProfile {
    Objects.requireNonNull(ethnicGroup, "ethnicGroup");
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(gender, "gender");
  }
}
