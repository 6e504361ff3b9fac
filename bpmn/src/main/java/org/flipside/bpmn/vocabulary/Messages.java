package org.flipside.bpmn.vocabulary;

import static org.flipside.bpmn.vocabulary.Vars.CHANGE_CONFIRMER_ID;
import static org.flipside.bpmn.vocabulary.Vars.COACHING_REQUEST_ID;
import static org.flipside.bpmn.vocabulary.Vars.COACH_IDS;
import static org.flipside.bpmn.vocabulary.Vars.HOST_EVENT;
import static org.flipside.bpmn.vocabulary.Vars.LEAVER_ID;
import static org.flipside.bpmn.vocabulary.Vars.REMATCHED_PAIRING_ID;
import static org.flipside.bpmn.vocabulary.Vars.SUPPORT_REQUEST_ID;

import java.util.List;
import java.util.Optional;

/**
 * The names of the messages Flipside correlates to its processes, and the variables each carries.
 *
 * @since 1.0
 */
public final class Messages {

  /** A partner proposed a change to the learning agreement; the other partner confirms it. */
  public static final String AGREEMENT_CHANGE_PROPOSED = "flipside-agreement-change-proposed";
  /**
   * A partner asks for coaching: the programme's coaches are offered the request.
   *
   * @since 1.1
   */
  public static final String COACHING_REQUESTED = "flipside-coaching-requested";
  /** The assignee of a participant's step left: the step ends without an answer. */
  public static final String ASSIGNEE_LEFT = "flipside-assignee-left";
  /** A rematch made a new pairing: the lifecycle starts its journey. */
  public static final String PAIR_REMATCHED = "flipside-pair-rematched";
  /** A partner left the organisation or changed role: the pairing closes. */
  public static final String PARTNER_LEAVES = "flipside-partner-leaves";
  /** A partner says the pairing is not working: the programme manager talks to them. */
  public static final String SUPPORT_NEEDED = "flipside-support-needed";

  private static final List<Message> ALL = List.of(
      new Message(AGREEMENT_CHANGE_PROPOSED, List.of(CHANGE_CONFIRMER_ID)),
      new Message(COACHING_REQUESTED, List.of(COACHING_REQUEST_ID, COACH_IDS)),
      new Message(ASSIGNEE_LEFT, List.of()),
      new Message(PAIR_REMATCHED, List.of(REMATCHED_PAIRING_ID)),
      new Message(PARTNER_LEAVES, List.of(LEAVER_ID, HOST_EVENT)),
      new Message(SUPPORT_NEEDED, List.of(SUPPORT_REQUEST_ID)));

  private Messages() {}

  /** Every message, with what it carries. */
  public static List<Message> all() {
    return ALL;
  }

  /** The message of that name, if declared. */
  public static Optional<Message> named(String name) {
    return ALL.stream().filter(message -> message.name().equals(name)).findFirst();
  }

  /**
   * A message a process waits for.
   *
   * @param name the message name, as the diagram's {@code message} declares it
   * @param carries the variables set when it is correlated
   */
  public record Message(String name, List<Var<?>> carries) {}
}
