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

  /** {@code mentor} or {@code mentee}. */
  public static ParticipantRole role(String value) {
    return ParticipantRole.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
