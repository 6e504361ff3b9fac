package org.flipside.internal.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts Flipside writes for the host's services besides its notifications: the summaries, descriptions and places
 * of the calendar invites it makes up itself (the titles and agendas of the events it plans too), and the title and
 * description of a mentor's recognition. Each has a template
 * under its key in the same message files as the notifications, in every language Flipside ships, with the parameters
 * named here.
 */
public enum HostText {

  /** The invite to a suggested session, for its arranger. */
  SESSION_INVITE_SUMMARY("session-invite.summary", "programme", "partner"),
  /** What the suggested session is for. */
  SESSION_INVITE_DESCRIPTION("session-invite.description", "partner"),
  /** The pair's recurring protected time. */
  PROTECTED_TIME_SUMMARY("protected-time-hold.summary", "programme"),
  /** What the protected time is for. */
  PROTECTED_TIME_DESCRIPTION("protected-time-hold.description"),
  /** A coaching session a coach arranged, for the coach and the partner who asked. */
  COACHING_SESSION_SUMMARY("coaching-session.summary", "programme"),
  /** What the coaching session is: never the partner's note or anything else they wrote. */
  COACHING_SESSION_DESCRIPTION("coaching-session.description"),
  /** A mentor's recognition: {@code role} is the programme's name for mentors, capitalised as a title's first word. */
  RECOGNITION_TITLE("mentor-recognition.title", "role", "programme"),
  /** What the mentor did, over which days and in how many sessions ({@code held}, a number). */
  RECOGNITION_DESCRIPTION("mentor-recognition.description", "mentor", "role", "programme", "from", "to", "held"),
  /** The mentor's role, when the programme has no name of its own for it. */
  MENTOR_ROLE("mentor-recognition.role"),
  /** The same, as a title's first word. */
  MENTOR_ROLE_CAPITALISED("mentor-recognition.role-capitalised"),
  /** Where a pair meets when its agreement does not say. */
  MEETING_PLACE_UNAGREED("meeting-place.unagreed"),
  /** Where an online meeting or event takes place. */
  MEETING_PLACE_ONLINE("meeting-place.online"),
  /** Where a pair meeting in person meets. */
  MEETING_PLACE_IN_PERSON("meeting-place.in-person"),
  /** Where a pair meeting by phone meets. */
  MEETING_PLACE_PHONE("meeting-place.phone"),
  /** The mentors' kick-off workshop Flipside plans: {@code role} is the programme's name for mentors. */
  MENTOR_KICK_OFF_TITLE("kick-off.mentors.title", "role"),
  /** The mentees' kick-off workshop Flipside plans: {@code role} is the programme's name for mentees. */
  MENTEE_KICK_OFF_TITLE("kick-off.mentees.title", "role"),
  /** What the mentors' kick-off workshop covers. */
  MENTOR_KICK_OFF_AGENDA("kick-off.mentors.agenda"),
  /** What the mentees' kick-off workshop covers. */
  MENTEE_KICK_OFF_AGENDA("kick-off.mentees.agenda"),
  /** One of the knowledge sessions Flipside plans: the {@code number}th of {@code count}. */
  KNOWLEDGE_SESSION_TITLE("knowledge-session.title", "number", "count", "programme"),
  /** What a knowledge session is for. */
  KNOWLEDGE_SESSION_AGENDA("knowledge-session.agenda"),
  /** A planned event's description: its programme and its agenda. */
  EVENT_DESCRIPTION("event.description", "programme", "agenda");

  private final String key;
  private final List<String> parameters;

  HostText(String key, String... parameters) {
    this.key = key;
    this.parameters = List.of(parameters);
  }

  /** The key of its template in the message files. */
  public String key() {
    return key;
  }

  /** The names of its parameters, in the order its values are given to the template. */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * The text with its values by name: text or numbers as they are, a {@link java.time.LocalDate} as a date in the
   * reader's language, a {@link Wording} in that language too.
   *
   * @throws IllegalArgumentException when the values are not exactly its parameters
   */
  public Wording with(Map<String, Object> values) {
    if (!values.keySet().equals(Set.copyOf(parameters))) {
      throw new IllegalArgumentException(this + " takes " + parameters + ", not " + values.keySet());
    }
    return Wording.of(this, values);
  }

  /** The text of a template without parameters. */
  public Wording alone() {
    return with(Map.of());
  }
}
