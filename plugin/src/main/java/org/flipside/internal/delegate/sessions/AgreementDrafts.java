package org.flipside.internal.delegate.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Repositories;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.ParticipantRole;

/**
 * Drafts a new version of a pair's learning agreement, from the draft form or from a change a
 * partner proposes during the sessions. Drafting a version counts as its drafter's confirmation;
 * the other partner confirms it in their own step.
 */
public final class AgreementDrafts {

  /** What a version says, in the learning agreement form's values. */
  public record Terms(boolean confidentialityAgreed, String boundaries, String meetingFormat, String frequency,
      String arranger, boolean protectedTime) {}

  /** Weekly, every N weeks up to twelve (fortnightly is P2W) or monthly. */
  private static final Pattern FREQUENCY = Pattern.compile("P([1-9]|1[0-2])W|P1M");
  private static final int MAX_BOUNDARIES = 4000;

  private AgreementDrafts() {}

  /**
   * Saves the terms as the pair's next version, confirmed by its drafter.
   *
   * @throws ValidationException naming each term that is missing or not one the form offers
   */
  public static LearningAgreement draft(Repositories data, Pairing pairing, Terms terms, String drafterId,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (!terms.confidentialityAgreed()) {
      errors.add(new FieldError(Vars.CONFIDENTIALITY_AGREED.name(),
          "sessions are confidential: both partners must agree"));
    }
    check(errors, Vars.MEETING_FORMAT.name(), terms.meetingFormat(), FormChoices.MEETING_FORMATS);
    checkFrequency(errors, terms.frequency(), pairing.getCohort().getProgramme().getSessionCadence());
    check(errors, Vars.ARRANGER.name(), terms.arranger(), FormChoices.ROLES);
    if (terms.boundaries() != null && terms.boundaries().length() > MAX_BOUNDARIES) {
      errors.add(new FieldError(Vars.BOUNDARIES.name(), "must be at most " + MAX_BOUNDARIES + " characters"));
    }
    ParticipantRole drafter = pairing.roleOf(drafterId).orElse(null);
    if (drafter == null) {
      errors.add(new FieldError("drafter", drafterId + " is not a partner in this pair"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    LearningAgreement agreement = new LearningAgreement(
        pairing,
        data.agreements().nextVersion(pairing.getId()),
        true,
        terms.boundaries() == null || terms.boundaries().isBlank() ? null : terms.boundaries(),
        FormChoices.meetingFormat(terms.meetingFormat()),
        terms.frequency(),
        FormChoices.role(terms.arranger()),
        terms.protectedTime(),
        drafterId,
        now);
    agreement.confirmBy(drafter, now);
    return data.agreements().add(agreement);
  }

  /** One line a partner reads before confirming the version. */
  public static String summary(LearningAgreement agreement) {
    return "Version " + agreement.getAgreementVersion() + ": meet " + FormChoices.formValue(agreement.getMeetingFormat())
        + ", every " + agreement.getFrequency()
        + "; the " + agreement.getArranger().name().toLowerCase(Locale.ROOT) + " arranges meetings"
        + (agreement.isProtectedTime() ? "; in protected work time" : "")
        + (agreement.getBoundaries() == null ? "" : "; boundaries: " + agreement.getBoundaries());
  }

  /** The pair chooses its own frequency, as long as it meets at least as often as the programme's minimum. */
  private static void checkFrequency(List<FieldError> errors, String frequency, String minimum) {
    String field = Vars.FREQUENCY.name();
    if (frequency == null || frequency.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (!FREQUENCY.matcher(frequency).matches()) {
      errors.add(new FieldError(field, "must be weekly (P1W), every N weeks up to twelve (P2W to P12W) or monthly "
          + "(P1M), not '" + frequency + "'"));
    } else if (minimum != null && !SessionPeriods.meetsAtLeast(frequency, minimum)) {
      errors.add(new FieldError(field, "must be at least as often as the programme's minimum, every " + minimum
          + ": every " + frequency + " is less often"));
    }
  }

  private static void check(List<FieldError> errors, String field, String value, Set<String> allowed) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (!allowed.contains(value)) {
      errors.add(new FieldError(field, "must be one of " + new TreeSet<>(allowed) + ", not '" + value + "'"));
    }
  }
}
