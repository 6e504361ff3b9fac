/**
 * A synthetic organisation shaped like an NHS trust, generated from a seed, and the host directory
 * Flipside reads over it. Employees' private profiles stay in the sandbox.
 */
package org.flipside.sandbox.organisation;
