package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * Someone outside the host's directory to register as a guest: an external trainer or speaker, a trustee, a partner
 * from another organisation in the sector.
 *
 * @param name how the guest is named, at most 200 characters
 * @param email where the host reaches the guest, at most 320 characters; one guest per address
 * @param organisation the organisation the guest comes from, at most 200 characters, or {@code null}
 * @since 1.1
 */
public record NewGuest(String name, String email, @Nullable String organisation) {}
