package org.flipside.api;

import java.time.Instant;

/**
 * One thing that happened in a programme, in the order it happened.
 *
 * @param at when
 * @param stage the stage it happened in
 * @param event what happened, in words, such as "Sponsor sign-off completed"
 * @since 1.0
 */
public record TimelineEntry(Instant at, Stage stage, String event) {}
