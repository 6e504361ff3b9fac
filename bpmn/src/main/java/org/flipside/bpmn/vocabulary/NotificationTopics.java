package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * The topics of the notifications and calendar invites Flipside sends, each a stable key a host can
 * choose a template or channel by ({@code org.flipside.spi.Notification#topic}). Each says when it is
 * sent and to whom. A programme's manager is, while the post is vacant, every HR admin.
 *
 * @since 1.0
 */
public final class NotificationTopics {

  /** To an employee an HR admin appoints as a programme's manager or sponsor, or anyone appointed to its delivery team. */
  public static final String APPOINTED = "appointed";
  /** To every HR admin when a programme's manager or sponsor leaves the organisation. */
  public static final String POST_VACANT = "post-vacant";
  /**
   * To the programme's manager when a staff-network representative has reviewed the scope: endorsed, or what they
   * would change.
   *
   * @since 1.1
   */
  public static final String SCOPE_REVIEWED = "scope-reviewed";
  /** To the programme's manager when the sponsor approves the pilot. */
  public static final String PILOT_APPROVED = "pilot-approved";
  /** To each invitee when a cohort's recruitment opens. */
  public static final String INVITATION_TO_APPLY = "invitation-to-apply";
  /**
   * To each communications contact when a cohort's application window opens: their recruitment campaign step is
   * waiting.
   *
   * @since 1.1
   */
  public static final String RECRUITMENT_CAMPAIGN = "recruitment-campaign";
  /** To each invitee who has not answered when the application window is extended. */
  public static final String APPLICATION_WINDOW_EXTENDED = "application-window-extended";
  /** To an applicant the review approved. */
  public static final String APPLICATION_APPROVED = "application-approved";
  /** To an applicant the review ruled out. */
  public static final String APPLICATION_NOT_APPROVED = "application-not-approved";
  /** To an applicant beyond the cohort's size, who waits for the next cohort. */
  public static final String APPLICATION_WAITLISTED = "application-waitlisted";
  /** To the programme's manager when recruitment is cancelled for too few applicants. */
  public static final String PROGRAMME_CANCELLED = "programme-cancelled";
  /** To both partners of a published pairing, or of a rematch: who their partner is. */
  public static final String MATCH_INTRODUCTION = "match-introduction";
  /** To a participant no partner was found for, when matches are published or a rematch finds none. */
  public static final String MATCH_WAITLISTED = "match-waitlisted";
  /**
   * To each invitee and facilitator of a planned event (a kick-off workshop, knowledge session, coaching or
   * feedback session, presentation), as a message and a calendar invite.
   */
  public static final String WORKSHOP_INVITATION = "workshop-invitation";
  /**
   * To each invitee and facilitator of a planned event that moved: a message and the updated calendar invite.
   *
   * @since 1.1
   */
  public static final String EVENT_MOVED = "event-moved";
  /**
   * To each invitee and facilitator of a planned event that was cancelled: a message and the cancellation.
   *
   * @since 1.1
   */
  public static final String EVENT_CANCELLED = "event-cancelled";
  /** To each mentee when the kick-off workshops are scheduled: what to read before the first session. */
  public static final String PRE_READING = "pre-reading";
  /**
   * To both partners when their agreement sets protected time: a recurring calendar hold in its rhythm, updated when
   * the agreed frequency changes and cancelled when protected time is dropped or the pairing ends.
   *
   * @since 1.1
   */
  public static final String PROTECTED_TIME_HOLD = "protected-time-hold";
  /** To a pair's arranger when a session period nears its end with no session logged. */
  public static final String SESSION_REMINDER = "session-reminder";
  /** To a pair's arranger with the reminder: a calendar invite to forward to the partner. */
  public static final String SESSION_INVITE = "session-invite";
  /** To both partners when a session period passed without a session. */
  public static final String SESSION_MISSED = "session-missed";
  /** To the programme's manager when a pair ends its pairing early. */
  public static final String PAIRING_ENDED_EARLY = "pairing-ended-early";
  /** To both partners when the programme's manager ends the pairing after a check-in. */
  public static final String PAIRING_ENDED_AFTER_CHECK_IN = "pairing-ended-after-check-in";
  /** To the partner who proposed a change to the learning agreement, when the other confirms it. */
  public static final String AGREEMENT_CHANGE_CONFIRMED = "agreement-change-confirmed";
  /** To the partner who proposed a change to the learning agreement, when the other declines it. */
  public static final String AGREEMENT_CHANGE_DECLINED = "agreement-change-declined";
  /**
   * To the programme's manager when a pair's agreement, as confirmed, moves arranging the meetings onto the junior
   * partner or drops protected time, against the programme's template or the version that held until then.
   */
  public static final String AGREEMENT_SAFEGUARD_DROPPED = "agreement-safeguard-dropped";
  /** To the partners after a support conversation: what the programme's manager decided. */
  public static final String PAIRING_SUPPORT = "pairing-support";
  /**
   * To each of the programme's coaches when a partner asks for coaching: who asks, never their note; and to the
   * programme's manager when a coach hands a request to them.
   *
   * @since 1.1
   */
  public static final String COACHING_REQUESTED = "coaching-requested";
  /**
   * To the partner who asked for coaching when a coach answers: the session the coach arranged, or that the request
   * went to the programme's manager; for an arranged session, a calendar invite to the partner and the coach too.
   *
   * @since 1.1
   */
  public static final String COACHING_ANSWERED = "coaching-answered";
  /** To the remaining partner when the other leaves the organisation or changes role. */
  public static final String PARTNER_LEFT = "partner-left";
  /** To the programme's manager: what a rematch came to. */
  public static final String REMATCH_RESULT = "rematch-result";
  /** To each respondent when the baseline survey opens. */
  public static final String BASELINE_SURVEY = "baseline-survey";
  /** To each respondent when the final survey opens. */
  public static final String FINAL_SURVEY = "final-survey";
  /** To the programme's manager when the sponsor decides on rollout. */
  public static final String ROLLOUT_DECISION = "rollout-decision";
  /** To each person who completed the evaluated cohort, asked to be an ambassador for the next. */
  public static final String AMBASSADOR_INVITATION = "ambassador-invitation";
  /**
   * To someone on the waitlist: the next cohort offers them a place first; their answer is in their task list.
   *
   * @since 1.1
   */
  public static final String PLACE_OFFERED = "place-offered";
  /**
   * To someone still on the waitlist when the programme stops or is cancelled: there will be no next cohort.
   *
   * @since 1.1
   */
  public static final String WAITLIST_ENDED = "waitlist-ended";
  /** To the programme's manager when someone accepts to be an ambassador. */
  public static final String AMBASSADOR_ACCEPTED = "ambassador-accepted";
  /**
   * About a concern, never saying what was raised: to the raiser when it is received, acknowledged and
   * resolved; to the EDI leads when it is raised; to the HR admins when its acknowledgement is late.
   */
  public static final String CONCERN = "concern";
  /** The recognition record for a mentor who completed a pairing, for the host's learning system. */
  public static final String MENTOR_RECOGNITION = "mentor-recognition";

  private static final List<String> ALL = Declarations.of(NotificationTopics.class, String.class);

  private NotificationTopics() {}

  /** Every topic. */
  public static List<String> all() {
    return ALL;
  }
}
