package org.flipside.spi;

import static org.flipside.spi.NotificationParameter.AMBASSADORS;
import static org.flipside.spi.NotificationParameter.AMBASSADOR_COUNT;
import static org.flipside.spi.NotificationParameter.COACHING_OUTCOME;
import static org.flipside.spi.NotificationParameter.COACHING_REQUEST;
import static org.flipside.spi.NotificationParameter.CONCERN_STEP;
import static org.flipside.spi.NotificationParameter.DAYS;
import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.EMPLOYEE;
import static org.flipside.spi.NotificationParameter.ENDED_BECAUSE;
import static org.flipside.spi.NotificationParameter.INVITED_AS;
import static org.flipside.spi.NotificationParameter.JUNIOR_ROLE;
import static org.flipside.spi.NotificationParameter.MENTEE;
import static org.flipside.spi.NotificationParameter.MENTEE_MINIMUM_BAND;
import static org.flipside.spi.NotificationParameter.MENTOR;
import static org.flipside.spi.NotificationParameter.MENTOR_MAXIMUM_BAND;
import static org.flipside.spi.NotificationParameter.MINUTES;
import static org.flipside.spi.NotificationParameter.NEW_PARTNER;
import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PARTNER;
import static org.flipside.spi.NotificationParameter.PARTNER_ROLE;
import static org.flipside.spi.NotificationParameter.PERIOD;
import static org.flipside.spi.NotificationParameter.PERIOD_END;
import static org.flipside.spi.NotificationParameter.PLACE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.RAISED_ON;
import static org.flipside.spi.NotificationParameter.REASON;
import static org.flipside.spi.NotificationParameter.REMATCH;
import static org.flipside.spi.NotificationParameter.REVIEW;
import static org.flipside.spi.NotificationParameter.ROLLOUT_DECISION;
import static org.flipside.spi.NotificationParameter.SAFEGUARD;
import static org.flipside.spi.NotificationParameter.STARTS_AT;
import static org.flipside.spi.NotificationParameter.STEWARD;
import static org.flipside.spi.NotificationParameter.SUGGESTED_DAY;
import static org.flipside.spi.NotificationParameter.SUPPORT_OUTCOME;
import static org.flipside.spi.NotificationParameter.VERSION;
import static org.flipside.spi.NotificationParameter.WORKSHOP;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.jspecify.annotations.Nullable;

/**
 * Every notification Flipside sends from its own processes: its topic ({@link Notification#topic()}, one of
 * {@link NotificationTopics}), when it is sent and to whom, and the parameters it carries in
 * {@link Notification#parameters()}. A host that renders its own text chooses its template by the topic and, where
 * a topic has one, by the value of its {@link #variant()}; Flipside's own templates ship in English and Welsh.
 *
 * <p>A process owner's own notification step sends a topic and text of the owner's choosing instead, with no
 * parameters.
 *
 * @since 1.1
 */
public enum NotificationTopic {

  /** To an employee an HR admin appoints as a programme's manager or sponsor. */
  APPOINTED(NotificationTopics.APPOINTED, null, PROGRAMME, STEWARD),
  /** To every HR admin when a programme's manager or sponsor ({@code employee}) leaves the organisation. */
  POST_VACANT(NotificationTopics.POST_VACANT, null, PROGRAMME, STEWARD, EMPLOYEE),
  /** To the programme's manager when the sponsor approves the pilot, with the sponsor's comments. */
  PILOT_APPROVED(NotificationTopics.PILOT_APPROVED, null, PROGRAMME, NOTE),
  /** To each invitee when a cohort's recruitment opens, naming the last cohort's ambassadors if any. */
  INVITATION_TO_APPLY(NotificationTopics.INVITATION_TO_APPLY, INVITED_AS,
      PROGRAMME, INVITED_AS, DEADLINE, AMBASSADORS, AMBASSADOR_COUNT),
  /** To each communications contact when a cohort's application window opens: their campaign step waits. */
  RECRUITMENT_CAMPAIGN(NotificationTopics.RECRUITMENT_CAMPAIGN, null, PROGRAMME, DEADLINE),
  /** To each invitee who has not answered when the application window is extended. */
  APPLICATION_WINDOW_EXTENDED(NotificationTopics.APPLICATION_WINDOW_EXTENDED, null, PROGRAMME, DEADLINE),
  /** To an applicant the review approved. */
  APPLICATION_APPROVED(NotificationTopics.APPLICATION_APPROVED, null, PROGRAMME),
  /** To an applicant the review ruled out. */
  APPLICATION_NOT_APPROVED(NotificationTopics.APPLICATION_NOT_APPROVED, null, PROGRAMME),
  /** To an applicant beyond the cohort's size, who waits for the next cohort. */
  APPLICATION_WAITLISTED(NotificationTopics.APPLICATION_WAITLISTED, null, PROGRAMME),
  /** To the programme's manager when recruitment is cancelled for too few applicants. */
  PROGRAMME_CANCELLED(NotificationTopics.PROGRAMME_CANCELLED, null, PROGRAMME),
  /** To both partners of a published pairing, or of a rematch: who their partner is. */
  MATCH_INTRODUCTION(NotificationTopics.MATCH_INTRODUCTION, null, PROGRAMME, PARTNER, PARTNER_ROLE),
  /** To a participant no partner was found for, when matches are published or a rematch finds none. */
  MATCH_WAITLISTED(NotificationTopics.MATCH_WAITLISTED, null, PROGRAMME),
  /** To each invitee of a kick-off workshop or knowledge session (a calendar invite follows). */
  WORKSHOP_INVITATION(NotificationTopics.WORKSHOP_INVITATION, WORKSHOP,
      PROGRAMME, WORKSHOP, STARTS_AT, MINUTES, PLACE),
  /** To each invitee and facilitator of a planned event when it moves (an updated calendar invite follows). */
  EVENT_MOVED(NotificationTopics.EVENT_MOVED, null, PROGRAMME, WORKSHOP, STARTS_AT, MINUTES, PLACE),
  /** To each invitee and facilitator of a planned event when it is cancelled (a calendar cancellation follows). */
  EVENT_CANCELLED(NotificationTopics.EVENT_CANCELLED, null, PROGRAMME, WORKSHOP, STARTS_AT),
  /** To the programme's manager when a staff-network representative ({@code employee}) has reviewed the scope. */
  SCOPE_REVIEWED(NotificationTopics.SCOPE_REVIEWED, REVIEW, PROGRAMME, EMPLOYEE, REVIEW, NOTE),
  /** To each waitlisted applicant when the next cohort opens: a place is theirs to confirm before anyone is invited. */
  PLACE_OFFERED(NotificationTopics.PLACE_OFFERED, null, PROGRAMME, DEADLINE),
  /** To each waitlisted applicant when the programme ends without a next cohort. */
  WAITLIST_ENDED(NotificationTopics.WAITLIST_ENDED, ENDED_BECAUSE, PROGRAMME, ENDED_BECAUSE),
  /** To each mentee when the kick-off workshops are scheduled: the programme's pre-reading. */
  PRE_READING(NotificationTopics.PRE_READING, null, PROGRAMME, NOTE),
  /** To a pair's arranger when a session period nears its end with no session logged. */
  SESSION_REMINDER(NotificationTopics.SESSION_REMINDER, null, PROGRAMME, PARTNER, PERIOD, PERIOD_END, SUGGESTED_DAY),
  /** To both partners when a session period passed without a session. */
  SESSION_MISSED(NotificationTopics.SESSION_MISSED, null, PROGRAMME, PERIOD),
  /** To the programme's manager when a pair ends its pairing early, after a period. */
  PAIRING_ENDED_EARLY(NotificationTopics.PAIRING_ENDED_EARLY, null, PROGRAMME, PERIOD),
  /** To both partners when the programme's manager ends the pairing after a check-in. */
  PAIRING_ENDED_AFTER_CHECK_IN(NotificationTopics.PAIRING_ENDED_AFTER_CHECK_IN, null, PROGRAMME),
  /** To the partner who proposed a change to the learning agreement, when the other confirms it. */
  AGREEMENT_CHANGE_CONFIRMED(NotificationTopics.AGREEMENT_CHANGE_CONFIRMED, null, PROGRAMME, VERSION),
  /**
   * To the partner who proposed a change to the learning agreement, when the other declines it, with the changes
   * the other asked for.
   */
  AGREEMENT_CHANGE_DECLINED(NotificationTopics.AGREEMENT_CHANGE_DECLINED, null, PROGRAMME, VERSION, NOTE),
  /**
   * To the programme's manager when a pair's agreement, as confirmed, moves arranging the meetings onto the junior
   * partner or drops protected time, against the programme's template or the version that held until then.
   */
  AGREEMENT_SAFEGUARD_DROPPED(NotificationTopics.AGREEMENT_SAFEGUARD_DROPPED, SAFEGUARD,
      PROGRAMME, MENTOR, MENTEE, VERSION, SAFEGUARD, JUNIOR_ROLE),
  /** To the partners after a support conversation: what the programme's manager decided, or their message. */
  PAIRING_SUPPORT(NotificationTopics.PAIRING_SUPPORT, SUPPORT_OUTCOME, PROGRAMME, SUPPORT_OUTCOME, NOTE),
  /**
   * To each of the programme's coaches when a partner ({@code employee}) asks for coaching, never with their note;
   * and to the programme's manager when a coach hands the request to them.
   */
  COACHING_REQUESTED(NotificationTopics.COACHING_REQUESTED, COACHING_REQUEST, PROGRAMME, COACHING_REQUEST, EMPLOYEE),
  /**
   * To the partner who asked for coaching when a coach ({@code employee}) answers: the session they arranged, or
   * that the request went to the programme's manager. An arranged session also puts a calendar invite under this
   * topic in the calendars of the partner and the coach.
   */
  COACHING_ANSWERED(NotificationTopics.COACHING_ANSWERED, COACHING_OUTCOME, PROGRAMME, COACHING_OUTCOME, EMPLOYEE,
      STARTS_AT),
  /** To the remaining partner when the other leaves the organisation or changes role. */
  PARTNER_LEFT(NotificationTopics.PARTNER_LEFT, REASON, PROGRAMME, PARTNER_ROLE, REASON),
  /**
   * To the programme's manager: what a rematch came to, for {@code employee} whose pairing with {@code partner}
   * closed for a reason.
   */
  REMATCH_RESULT(NotificationTopics.REMATCH_RESULT, REMATCH, PROGRAMME, EMPLOYEE, PARTNER, REASON, REMATCH, NEW_PARTNER),
  /** To each respondent when the baseline survey opens. */
  BASELINE_SURVEY(NotificationTopics.BASELINE_SURVEY, null, PROGRAMME, DEADLINE),
  /** To each respondent when the final survey opens. */
  FINAL_SURVEY(NotificationTopics.FINAL_SURVEY, null, PROGRAMME, DEADLINE),
  /** To the programme's manager when the sponsor decides on rollout, with the sponsor's rationale. */
  ROLLOUT_DECISION(NotificationTopics.ROLLOUT_DECISION, NotificationParameter.ROLLOUT_DECISION,
      PROGRAMME, NotificationParameter.ROLLOUT_DECISION, MENTOR_MAXIMUM_BAND, MENTEE_MINIMUM_BAND, NOTE),
  /** To each person who completed the evaluated cohort, asked to be an ambassador for the next. */
  AMBASSADOR_INVITATION(NotificationTopics.AMBASSADOR_INVITATION, null, PROGRAMME),
  /** To the programme's manager when someone ({@code employee}) accepts to be an ambassador. */
  AMBASSADOR_ACCEPTED(NotificationTopics.AMBASSADOR_ACCEPTED, null, PROGRAMME, EMPLOYEE),
  /**
   * About a concern, never saying what was raised: to the raiser when it is received, acknowledged (with the EDI
   * lead's note) and resolved (with the outcome); to the EDI leads when it is raised; to the HR admins when its
   * acknowledgement is late.
   */
  CONCERN(NotificationTopics.CONCERN, CONCERN_STEP, PROGRAMME, CONCERN_STEP, RAISED_ON, DEADLINE, DAYS, NOTE);

  private final String topic;
  private final @Nullable NotificationParameter variant;
  private final List<NotificationParameter> parameters;

  NotificationTopic(String topic, @Nullable NotificationParameter variant, NotificationParameter... parameters) {
    this.topic = topic;
    this.variant = variant;
    this.parameters = List.of(parameters);
  }

  /** The topic, as {@link Notification#topic()} carries it. */
  public String topic() {
    return topic;
  }

  /**
   * The parameters the topic may carry, in a stable order; a message carries those its variant's text needs, and
   * always its variant.
   */
  public List<NotificationParameter> parameters() {
    return parameters;
  }

  /**
   * The {@link NotificationParameter.Kind#CHOICE} parameter whose value says which of the topic's messages this is,
   * each with a text of its own, or {@code null} when the topic has one message.
   */
  public @Nullable NotificationParameter variant() {
    return variant;
  }

  /**
   * The topic a notification carries, if Flipside's processes send it.
   *
   * @param topic a {@link Notification#topic()}
   * @return the topic, or empty for a process owner's own topic
   */
  public static Optional<NotificationTopic> of(String topic) {
    return Arrays.stream(values()).filter(each -> each.topic.equals(topic)).findFirst();
  }
}
