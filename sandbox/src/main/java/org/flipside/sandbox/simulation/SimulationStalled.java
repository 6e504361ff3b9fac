package org.flipside.sandbox.simulation;

/**
 * The simulated programme cannot go on: nobody has a task the sandbox answers, no timed work is
 * due, and the programme has not ended; or Flipside refused a simulated answer.
 */
public final class SimulationStalled extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SimulationStalled(String message) {
    super(message);
  }

  SimulationStalled(String message, Throwable cause) {
    super(message, cause);
  }
}
