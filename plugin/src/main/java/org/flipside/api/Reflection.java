package org.flipside.api;

import java.time.Instant;

/**
 * A private reflection, as its author reads it.
 *
 * @param id its id
 * @param pairingId the pairing it is about
 * @param writtenAt when it was written
 * @param text what the author wrote
 * @since 1.0
 */
public record Reflection(String id, String pairingId, Instant writtenAt, String text) {}
