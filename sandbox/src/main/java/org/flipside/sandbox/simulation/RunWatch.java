package org.flipside.sandbox.simulation;

import javax.sql.DataSource;

/**
 * Watches a simulation from outside, as a benchmark does: it may wrap the database Flipside is given, it hears
 * when Flipside has started, when each programme starts and ends, each inbox page listed, each task opened and each
 * answer as it is submitted, and it may stop
 * the programme early. Each method runs on the simulation's thread.
 */
public interface RunWatch {

  /** Watches nothing. */
  RunWatch NONE = new RunWatch() { };

  /** The DataSource Flipside runs on, given the sandbox's database; by default that database itself. */
  default DataSource database(DataSource database) {
    return database;
  }

  /** Before Flipside starts. */
  default void starting() {
  }

  /** Flipside has started; the programme is created next. */
  default void programmeStarting() {
  }

  /** The host has listed one page of an employee's inbox. */
  default void inboxListed() {
  }

  /** The host has opened one task for its form and data. */
  default void taskOpened() {
  }

  /** A simulated employee is about to submit their answer to a task with this form. */
  default void answering(String formId) {
  }

  /** Whether the programme should run on; a watch that has seen what it measures may stop it early. */
  default boolean goOn() {
    return true;
  }

  /** The programme has run to its end, or stalled, or the watch stopped it; {@code tally} is what it counted. */
  default void programmeEnded(Tally tally) {
  }

  /**
   * Whether the same Flipside runs another programme once one ran to its end, as a benchmark does to measure
   * Flipside with its code loaded and compiled, as a host's long-running one is.
   */
  default boolean anotherProgramme() {
    return false;
  }
}
