package org.flipside.internal.validation;

import java.util.Optional;

/** Reads a timer's date, duration or cycle as the engine will when the timer starts. */
public interface TimerCalendar {

  /** The kinds of timer, as BPMN names their elements. */
  enum Kind {
    TIME_DATE("timeDate"), TIME_DURATION("timeDuration"), TIME_CYCLE("timeCycle");

    final String element;

    Kind(String element) {
      this.element = element;
    }
  }

  /**
   * Why the engine could not read the value, or empty when it can.
   *
   * @param value an ISO 8601 date, duration or repeating interval, or a cron expression for a cycle
   */
  Optional<String> problemWith(Kind kind, String value);
}
