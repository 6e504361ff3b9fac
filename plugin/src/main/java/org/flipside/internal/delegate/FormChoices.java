package org.flipside.internal.delegate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flipside.model.MeetingFormat;
import org.flipside.model.ParticipantRole;

/** Turns the values of the forms' select and radio fields into domain values. */
public final class FormChoices {

  /** Every meeting format a form offers: each single format, and {@code mixed}. */
  public static final Set<String> MEETING_FORMATS = Stream.concat(
      Arrays.stream(MeetingFormat.values()).map(FormChoices::formValue), Stream.of(formValue((MeetingFormat) null)))
      .collect(Collectors.toUnmodifiableSet());

  /** Every side of a pair a form offers. */
  public static final Set<String> ROLES = Arrays.stream(ParticipantRole.values()).map(FormChoices::formValue)
      .collect(Collectors.toUnmodifiableSet());

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
