/**
 * The simulated clock, notifier and calendar, the simulated employees who answer Flipside's forms,
 * and the run loop that moves time on.
 */
package org.flipside.sandbox.simulation;
