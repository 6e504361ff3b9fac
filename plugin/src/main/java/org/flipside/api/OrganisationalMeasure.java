package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * An organisational measure a programme records figures for: one of the three built in, or one of its own.
 *
 * @param code how imported files name it
 * @param label how the report names it
 * @param unit what it counts
 * @param byBand whether each figure names a band (representation)
 * @param builtIn one of the three every programme has
 * @param description what it measures, for a programme's own measure that says so
 * @since 1.1
 */
public record OrganisationalMeasure(String code, String label, MeasureUnit unit, boolean byBand, boolean builtIn,
    @Nullable String description) {}
