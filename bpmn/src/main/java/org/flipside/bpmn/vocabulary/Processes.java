package org.flipside.bpmn.vocabulary;

import static org.flipside.bpmn.vocabulary.Vars.ACKNOWLEDGE_BY;
import static org.flipside.bpmn.vocabulary.Vars.APPLICATION_DEADLINE;
import static org.flipside.bpmn.vocabulary.Vars.BASELINE_DEADLINE;
import static org.flipside.bpmn.vocabulary.Vars.COHORT_ID;
import static org.flipside.bpmn.vocabulary.Vars.COMMUNICATIONS_CONTACT_IDS;
import static org.flipside.bpmn.vocabulary.Vars.CONCERN_ID;
import static org.flipside.bpmn.vocabulary.Vars.INVITEE;
import static org.flipside.bpmn.vocabulary.Vars.LIAISON_IDS;
import static org.flipside.bpmn.vocabulary.Vars.PAIRING_ID;
import static org.flipside.bpmn.vocabulary.Vars.PROGRAMME_ID;
import static org.flipside.bpmn.vocabulary.Vars.PROGRAMME_MANAGER;
import static org.flipside.bpmn.vocabulary.Vars.RESPONDENT_ID;
import static org.flipside.bpmn.vocabulary.Vars.SPONSOR_ID;
import static org.flipside.bpmn.vocabulary.Vars.STAFF_NETWORK_REPRESENTATIVE_IDS;
import static org.flipside.bpmn.vocabulary.Vars.SURVEY_DEADLINE;

import java.util.List;
import java.util.Optional;

/**
 * The keys of Flipside's processes, and the variables each starts with (given by whoever starts it,
 * or passed in by the process that calls it).
 *
 * @since 1.0
 */
public final class Processes {

  /** A programme from pilot scoping to rollout, one cohort after another; started when a programme is created. */
  public static final String LIFECYCLE = "flipside-programme";
  /**
   * One invitee's invitation to apply, its own small process instance (business key: the programme's id) so that
   * answering it never loads the thousands of others; the lifecycle starts them in batches and waits on the window.
   */
  public static final String INVITATION = "flipside-invitation";
  /**
   * One respondent's baseline survey, its own small process instance (business key: the programme's id) for the
   * same reason; the lifecycle starts them a batch at a time when the pairs are published and waits until sessions
   * start.
   *
   * @since 1.1
   */
  public static final String BASELINE_RESPONDENT = "flipside-baseline-respondent";
  /**
   * One respondent's final survey, its own small process instance (business key: the programme's id); the
   * lifecycle starts them a batch at a time when the sessions end and waits for the survey window.
   *
   * @since 1.1
   */
  public static final String FINAL_RESPONDENT = "flipside-final-respondent";
  /** One pair's journey: learning agreement, sessions, pulse, support; called by the lifecycle per pairing. */
  public static final String PAIR_JOURNEY = "flipside-pair-journey";
  /** The cohort's knowledge sessions and the mentees' pre-reading; called by the lifecycle during the sessions. */
  public static final String GROUP_LEARNING = "flipside-group-learning";
  /** A concern raised outside the mentoring: acknowledged, escalated when late, resolved. */
  public static final String CONCERN = "flipside-concern";

  private static final List<FlipsideProcess> ALL = List.of(
      new FlipsideProcess(LIFECYCLE,
          List.of(PROGRAMME_ID, PROGRAMME_MANAGER, SPONSOR_ID, STAFF_NETWORK_REPRESENTATIVE_IDS,
              COMMUNICATIONS_CONTACT_IDS, LIAISON_IDS)),
      new FlipsideProcess(INVITATION, List.of(PROGRAMME_ID, COHORT_ID, INVITEE, APPLICATION_DEADLINE)),
      new FlipsideProcess(BASELINE_RESPONDENT, List.of(PROGRAMME_ID, COHORT_ID, RESPONDENT_ID, BASELINE_DEADLINE)),
      new FlipsideProcess(FINAL_RESPONDENT, List.of(PROGRAMME_ID, COHORT_ID, RESPONDENT_ID, SURVEY_DEADLINE)),
      new FlipsideProcess(PAIR_JOURNEY, List.of(PROGRAMME_ID, COHORT_ID, PAIRING_ID, PROGRAMME_MANAGER)),
      new FlipsideProcess(GROUP_LEARNING, List.of(PROGRAMME_ID, COHORT_ID, PROGRAMME_MANAGER)),
      new FlipsideProcess(CONCERN, List.of(CONCERN_ID, PROGRAMME_ID, ACKNOWLEDGE_BY)));

  private Processes() {}

  /** Every process, with the variables it starts with. */
  public static List<FlipsideProcess> all() {
    return ALL;
  }

  /**
   * Whether each instance of the process is one survey respondent's (it starts with {@link Vars#RESPONDENT_ID}):
   * its history must not say who answered, or when.
   */
  public static boolean isRespondents(String key) {
    return withKey(key).map(process -> process.startsWith().contains(RESPONDENT_ID)).orElse(false);
  }

  /** The process with that key, if declared. */
  public static Optional<FlipsideProcess> withKey(String key) {
    return ALL.stream().filter(process -> process.key().equals(key)).findFirst();
  }

  /**
   * One of Flipside's processes.
   *
   * @param key the process definition key, the {@code id} of the diagram's {@code process}
   * @param startsWith the variables it holds from its start
   */
  public record FlipsideProcess(String key, List<Var<?>> startsWith) {}
}
