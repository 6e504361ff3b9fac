package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * The option values of form fields that gateways and steps test, such as
 * {@code ${decision == 'publish'}}. A form offers each; a diagram or a step compares against it.
 *
 * @since 1.0
 */
public final class Answers {

  /** Sponsor sign-off: the pilot goes ahead. */
  public static final String APPROVE = "approve";
  /** Sponsor sign-off: the scope goes back to the programme manager. */
  public static final String REVISE = "revise";
  /** Too few applicants: the window is extended. */
  public static final String EXTEND = "extend";
  /** Too few applicants: the programme is cancelled. */
  public static final String CANCEL = "cancel";
  /** Match review: the proposal is published. */
  public static final String PUBLISH = "publish";
  /** Match review: the proposal is discarded and matching runs again. */
  public static final String REJECT = "reject";
  /** Themes: another theme follows. */
  public static final String ANOTHER = "another";
  /** Rollout: the programme stops. */
  public static final String STOP = "stop";
  /** Rollout: the programme widens its audience. */
  public static final String EXPAND = "expand";
  /** Learning agreement: the partner agrees. */
  public static final String AGREE = "agree";
  /** Learning agreement: the partner asks for a change. */
  public static final String CHANGE = "change";
  /** Session log: the session took place. */
  public static final String YES = "yes";
  /** Session log or check-in: the pairing ends. */
  public static final String END = "end";
  /** Support conversation: the pairing continues. */
  public static final String CONTINUE = "continue";
  /** Support conversation: a new partner is sought. */
  public static final String REMATCH = "rematch";
  /** Support conversation: the pairing closes. */
  public static final String CLOSE = "close";
  /** Application: the invitee does not apply. */
  public static final String NONE = "none";
  /** Ambassador invitation: the person accepts. */
  public static final String ACCEPT = "accept";
  /**
   * Place offered from the waitlist: the person takes it.
   *
   * @since 1.1
   */
  public static final String CONFIRM = "confirm";

  private static final List<String> ALL = Declarations.of(Answers.class, String.class);

  private Answers() {}

  /** Every declared answer. */
  public static List<String> all() {
    return ALL;
  }
}
