/** Printing a run's timeline and summary. */
package org.flipside.sandbox.report;
