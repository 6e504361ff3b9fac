package org.flipside.api;

/**
 * Someone from outside the directory who speaks at or runs part of an event, such as an external trainer. Flipside
 * keeps their name and address in its own tables, never in the process engine, names them in the event's calendar
 * invites and forgets them when the programme's data is erased.
 *
 * @param name their name as invites show it
 * @param email their e-mail address, where the host's calendar can reach them
 * @since 1.1
 */
public record EventGuest(String name, String email) {}
