package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * The names of the signals Flipside's processes throw to one another. A name holds an expression, so a signal
 * reaches only the instances it concerns.
 *
 * @since 0.6
 */
public final class Signals {

  /**
   * An invitation closed as the round's last one open, or a respondent's survey as the cohort's last one open: the
   * lifecycle of its cohort stops waiting for the window. A cohort waits for one such round at a time.
   */
  public static final String EVERYONE_ANSWERED = "flipside-everyone-answered-${" + Vars.COHORT_ID.name() + "}";

  /**
   * The cohort's application window closed, whether by its deadline or because everyone answered: the recruitment
   * campaign's unanswered steps end.
   *
   * @since 1.1
   */
  public static final String APPLICATION_WINDOW_CLOSED =
      "flipside-application-window-closed-${" + Vars.COHORT_ID.name() + "}";

  private static final List<String> ALL = List.of(EVERYONE_ANSWERED, APPLICATION_WINDOW_CLOSED);

  private Signals() {}

  /** Every signal name, as the diagrams declare it. */
  public static List<String> all() {
    return ALL;
  }
}
