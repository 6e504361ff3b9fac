package org.flipside.sandbox.simulation;

import javax.sql.DataSource;

/**
 * Watches a simulation from outside, as a benchmark does: it may wrap the database Flipside is given, and it hears
 * when Flipside has started and when the programme starts and ends. Each method runs on the simulation's thread.
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

  /** The programme has run to its end, or stalled. */
  default void programmeEnded() {
  }
}
