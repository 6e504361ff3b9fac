package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * An organisational measure a programme defines besides the three built in ({@code representation}, {@code
 * equal_opportunities}, {@code network_size}), such as leaders featured in staff communications or attendance at
 * diversity events.
 *
 * @param code how imported files name it: 2 to 30 lower-case letters, digits or underscores, starting with a letter,
 *     and not a code the programme already has
 * @param label how the report names it, at most 200 characters
 * @param unit what it counts
 * @param description what it measures and where the figures come from, at most 1000 characters
 * @since 1.1
 */
public record NewOutcomeMeasure(String code, String label, MeasureUnit unit, @Nullable String description) {}
