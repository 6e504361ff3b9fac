/**
 * A programme's delivery team: who holds which post beside the manager and sponsor, the guests from outside the
 * directory, and the rule that no participant holds a post that would show them their own pairing.
 */
package org.flipside.internal.team;
