package org.flipside.internal.delegate;

import java.util.Locale;
import org.flipside.model.MeetingFormat;
import org.flipside.model.ParticipantRole;

/** Turns the values of the forms' select and radio fields into domain values. */
public final class FormChoices {

  private FormChoices() {}

  /** {@code online}, {@code in-person} or {@code phone}; "either", "mixed" or nothing mean no single format. */
  public static MeetingFormat meetingFormat(String value) {
    if (value == null || "either".equals(value) || "mixed".equals(value)) {
      return null;
    }
    return MeetingFormat.valueOf(value.replace('-', '_').toUpperCase(Locale.ROOT));
  }

  /** The form value for a meeting format; no single format is {@code mixed}. */
  public static String formValue(MeetingFormat format) {
    return format == null ? "mixed" : format.name().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  /** The form value for a side of a pair: {@code mentor} or {@code mentee}. */
  public static String formValue(ParticipantRole role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  /** {@code mentor} or {@code mentee}. */
  public static ParticipantRole role(String value) {
    return ParticipantRole.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
