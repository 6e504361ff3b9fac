package org.flipside.spi;

import java.util.List;

/**
 * A parameter of a notification: its name in {@link Notification#parameters()} and in Flipside's message
 * templates, and what its value is. A value is always an id or a value that steers the process, never a name:
 * Flipside resolves names when it renders the text, and a host with templates of its own resolves them from its
 * directory. The only exception is {@link #NOTE}, the words one person wrote for the recipient.
 *
 * <p>Which parameters a topic carries is in {@link NotificationTopic#parameters()}.
 *
 * @since 1.1
 */
public enum NotificationParameter {

  /** The programme the message is about: its id, shown as its name. */
  PROGRAMME("programme", Kind.PROGRAMME),
  /** The post the recipient was appointed to, or that fell vacant: a steward's, or one on the delivery team. */
  STEWARD("steward", Kind.CHOICE, "manager", "sponsor", "liaison", "coach", "trainer", "communications-contact",
      "steering-group-member", "staff-network-representative", "training-provider", "speaker"),
  /** The employee the message is about: who left, who accepted, who is rematched; an employee id. */
  EMPLOYEE("employee", Kind.EMPLOYEE),
  /** The recipient's mentoring partner, or in a rematch the partner of {@link #EMPLOYEE}; an employee id. */
  PARTNER("partner", Kind.EMPLOYEE),
  /** The side the {@link #PARTNER} takes in the pairing. */
  PARTNER_ROLE("partnerRole", Kind.CHOICE, "mentor", "mentee"),
  /** The partner a rematch found; an employee id. */
  NEW_PARTNER("newPartner", Kind.EMPLOYEE),
  /** A pair's mentor; an employee id. */
  MENTOR("mentor", Kind.EMPLOYEE),
  /** A pair's mentee; an employee id. */
  MENTEE("mentee", Kind.EMPLOYEE),
  /** How an invitee is invited to apply: as a mentor, as a mentee, as either, or back as a returning mentor. */
  INVITED_AS("invitedAs", Kind.CHOICE, "mentor", "mentee", "either", "returning-mentor"),
  /** The ambassadors of the last cohort an invitee may ask about taking part; employee ids. */
  AMBASSADORS("ambassadors", Kind.EMPLOYEES),
  /** How many {@link #AMBASSADORS} there are, so a template can leave them out when there are none. */
  AMBASSADOR_COUNT("ambassadorCount", Kind.NUMBER),
  /** The day by which the recipient is asked to act. */
  DEADLINE("deadline", Kind.DATE),
  /** The number of a pair's session period, counted from 1. */
  PERIOD("period", Kind.NUMBER),
  /** The last day of the session period. */
  PERIOD_END("periodEnd", Kind.DATE),
  /** The day of the session time Flipside suggests, sent as a calendar invite. */
  SUGGESTED_DAY("suggestedDay", Kind.DATE),
  /** The version of a learning agreement, counted from 1. */
  VERSION("version", Kind.NUMBER),
  /** What a confirmed learning agreement drops of the programme's safeguards. */
  SAFEGUARD("safeguard", Kind.CHOICE, "junior-arranges", "protected-time", "both"),
  /** The side of the junior partner, the one in the lower band. */
  JUNIOR_ROLE("juniorRole", Kind.CHOICE, "mentor", "mentee"),
  /** Why a pairing closed. */
  REASON("reason", Kind.CHOICE, "left", "changed-role", "support"),
  /** What a rematch came to: a new partner, or the waitlist. */
  REMATCH("rematch", Kind.CHOICE, "found", "waitlisted"),
  /** What the programme's manager decided after a support conversation, or a message of theirs. */
  SUPPORT_OUTCOME("supportOutcome", Kind.CHOICE, "continue", "close", "message"),
  /** Which coaching request message this is: a new request for the coaches, or one a coach handed to the manager. */
  COACHING_REQUEST("coachingRequest", Kind.CHOICE, "new", "referred"),
  /** How a coach answered a coaching request: arranged a session, or handed it to the programme's manager. */
  COACHING_OUTCOME("coachingOutcome", Kind.CHOICE, "arranged", "referred"),
  /** What the sponsor decided about rollout. */
  ROLLOUT_DECISION("rolloutDecision", Kind.CHOICE, "continue", "expand", "stop"),
  /** The highest band the next cohort recruits mentors from. */
  MENTOR_MAXIMUM_BAND("mentorMaximumBand", Kind.NUMBER),
  /** The lowest band the next cohort recruits mentees from. */
  MENTEE_MINIMUM_BAND("menteeMinimumBand", Kind.NUMBER),
  /** Which step of a concern's handling the message tells of. */
  CONCERN_STEP("concernStep", Kind.CHOICE, "received", "raised", "escalated", "acknowledged", "resolved"),
  /** The day a concern was raised. */
  RAISED_ON("raisedOn", Kind.DATE),
  /** A number of days. */
  DAYS("days", Kind.NUMBER),
  /** Which group event the recipient is invited to. */
  WORKSHOP("workshop", Kind.CHOICE, "mentor-kick-off", "mentee-kick-off", "knowledge-session", "coaching-session",
      "feedback-session", "presentation"),
  /** Where an event takes place: a room or a link, as the programme team planned it. */
  PLACE("place", Kind.TEXT),
  /** Whether a staff-network representative endorsed the scope as it stands or would change it. */
  REVIEW("review", Kind.CHOICE, "endorsed", "changes"),
  /** Why a waitlist ended without a next cohort: the programme was cancelled, or the sponsor stopped it. */
  ENDED_BECAUSE("endedBecause", Kind.CHOICE, "cancelled", "stopped"),
  /** When an event starts. */
  STARTS_AT("startsAt", Kind.DATE_TIME),
  /** How long an event lasts, in minutes. */
  MINUTES("minutes", Kind.NUMBER),
  /**
   * What a person wrote for the recipient, sent as they wrote it, possibly empty: the sponsor's comments, the
   * changes a partner asked for, a manager's message, the EDI lead's note or outcome, the rollout's rationale, a
   * programme's pre-reading.
   */
  NOTE("note", Kind.TEXT);

  /**
   * What a parameter's value is, and how Flipside shows it.
   *
   * @since 1.1
   */
  public enum Kind {
    /** An employee id, shown as the directory's display name. */
    EMPLOYEE,
    /** Employee ids separated by commas, shown as their display names; empty for none. */
    EMPLOYEES,
    /** A programme id, shown as the programme's name. */
    PROGRAMME,
    /** One of the parameter's {@link NotificationParameter#choices()}, shown as the template's word for it. */
    CHOICE,
    /** A day, ISO-8601 ({@code 2027-01-20}), shown in the recipient's language. */
    DATE,
    /** An instant, ISO-8601 ({@code 2027-01-20T10:00:00Z}), shown in UTC in the recipient's language. */
    DATE_TIME,
    /** A whole number in decimal digits. */
    NUMBER,
    /** Text a person wrote, shown as it is. */
    TEXT
  }

  private final String key;
  private final Kind kind;
  private final List<String> choices;

  NotificationParameter(String key, Kind kind, String... choices) {
    this.key = key;
    this.kind = kind;
    this.choices = List.of(choices);
  }

  /** The parameter's name, a key of {@link Notification#parameters()} and a placeholder of the templates. */
  public String key() {
    return key;
  }

  /** What the value is. */
  public Kind kind() {
    return kind;
  }

  /** The values a {@link Kind#CHOICE} may take, in a stable order; empty for any other kind. */
  public List<String> choices() {
    return choices;
  }
}
