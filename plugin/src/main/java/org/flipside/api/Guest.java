package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * A person outside the host's directory who takes part in delivering programmes. Flipside issues the id, which the
 * host uses wherever an employee id goes: its {@link org.flipside.spi.CallerAuthenticator} answers it for a request
 * the guest sends, it acts as the guest's {@link Actor}, and {@link org.flipside.spi.Notification}s for the guest
 * name it as their recipient. The name and email stay in Flipside's tables, never in the engine.
 *
 * @param guestId the id Flipside issued, starting {@code flipside-guest-}
 * @param name how the guest is named
 * @param email where the host reaches the guest
 * @param organisation the organisation the guest comes from, or {@code null}
 * @since 1.1
 */
public record Guest(String guestId, String name, String email, @Nullable String organisation) {}
