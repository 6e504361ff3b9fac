package org.flipside.internal.service;

import java.util.Locale;
import org.flipside.api.AgreementStatus;
import org.flipside.api.MeetingFormat;
import org.flipside.api.MeetingFrequency;
import org.flipside.api.PartnerRole;
import org.flipside.api.PartnershipStatus;
import org.flipside.api.RolloutChoice;
import org.flipside.model.PairingStatus;
import org.flipside.model.ParticipantRole;

/**
 * Turns stored values and the forms' values into the API's enums and back. The API's constants carry the stored
 * constants' names, so the form value of one is its name in lower case with dashes.
 */
final class ApiValues {

  private ApiValues() {}

  static PartnerRole role(ParticipantRole role) {
    return PartnerRole.valueOf(role.name());
  }

  static PartnershipStatus status(PairingStatus status) {
    return PartnershipStatus.valueOf(status.name());
  }

  static AgreementStatus status(org.flipside.model.AgreementStatus status) {
    return AgreementStatus.valueOf(status.name());
  }

  static MeetingFormat format(org.flipside.model.MeetingFormat format) {
    return format == null ? MeetingFormat.MIXED : MeetingFormat.valueOf(format.name());
  }

  static MeetingFrequency frequency(String period) {
    for (MeetingFrequency frequency : MeetingFrequency.values()) {
      if (frequency.period().equals(period)) {
        return frequency;
      }
    }
    throw new IllegalStateException("a stored meeting frequency no form offers: " + period);
  }

  /** The decision as the rollout form answered it, or {@code null} before one. */
  static RolloutChoice rollout(String answer) {
    return answer == null ? null : RolloutChoice.valueOf(answer.toUpperCase(Locale.ROOT));
  }

  /** The form's value for an API constant, or {@code null} for none. */
  static String formValue(Enum<?> value) {
    return value == null ? null : value.name().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  /** The form's value for a frequency, or {@code null} for none. */
  static String formValue(MeetingFrequency frequency) {
    return frequency == null ? null : frequency.period();
  }
}
