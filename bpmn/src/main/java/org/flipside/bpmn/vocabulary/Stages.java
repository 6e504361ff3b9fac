package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * The stages of a programme: the ids of the lifecycle's stage sub-processes, in the order a programme
 * goes through them. Each carries the {@code stageListener}, which records the stage on the programme.
 *
 * @since 1.0
 */
public final class Stages {

  public static final String PILOT_SCOPING = "PilotScoping";
  public static final String RECRUITMENT = "Recruitment";
  public static final String MATCHING = "Matching";
  public static final String KICK_OFF_WORKSHOPS = "KickOffWorkshops";
  public static final String SESSIONS = "Sessions";
  public static final String EVALUATION = "Evaluation";
  public static final String ROLLOUT = "Rollout";

  /** The seven stages, in order. */
  public static final List<String> IN_ORDER =
      List.of(PILOT_SCOPING, RECRUITMENT, MATCHING, KICK_OFF_WORKSHOPS, SESSIONS, EVALUATION, ROLLOUT);

  private Stages() {}
}
