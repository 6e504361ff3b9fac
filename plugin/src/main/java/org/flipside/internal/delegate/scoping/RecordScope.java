package org.flipside.internal.delegate.scoping;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.BandOrder;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.matching.MatchingSettingsFields;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;

/**
 * Writes the pilot's scope and matching rules onto the programme, after checking the rules that span several
 * fields of the scoping form.
 */
public final class RecordScope implements JavaDelegate {

  private final DelegateContext context;

  public RecordScope(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(Variables.string(execution, "programmeId"));
    int mentorMaximumBand = Variables.requiredInteger(execution, "mentorMaximumBand");
    int menteeMinimumBand = Variables.requiredInteger(execution, "menteeMinimumBand");
    int minimumBandGap = Variables.requiredInteger(execution, "minimumBandGap");
    LocalDate sessionsStart = Variables.optionalDate(execution, "sessionsStart");
    String cadence = Variables.string(execution, "sessionCadence");

    List<FieldError> errors = new ArrayList<>();
    BandOrder.problem(programme, mentorMaximumBand, menteeMinimumBand).ifPresent(errors::add);
    if (programme.getMode() == ProgrammeMode.REVERSE && minimumBandGap < 1) {
      errors.add(new FieldError("minimumBandGap", "must be at least 1 in a reverse programme"));
    }
    if (sessionsStart == null) {
      errors.add(new FieldError("sessionsStart", "is required"));
    } else if (sessionsStart.isBefore(LocalDate.ofInstant(context.now(), ZoneOffset.UTC))) {
      errors.add(new FieldError("sessionsStart", "must not be in the past"));
    }
    try {
      Period.parse(cadence);
    } catch (RuntimeException e) {
      errors.add(new FieldError("sessionCadence", "must be an ISO-8601 period such as P1M"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    MatchingSettingsFields.apply(execution, programme);
    applyAgreementTemplate(execution, programme);
    SupportSettingsFields.apply(execution, programme);

    programme.setGoals(Variables.optionalString(execution, "goals"));
    programme.setGapAnalysis(Variables.optionalString(execution, "gapAnalysis"));
    programme.setStaffNetworks(Variables.optionalString(execution, "staffNetworks"));
    programme.setCohortSize(Variables.requiredInteger(execution, "cohortSize"));
    programme.setApplicationWindowDays(Variables.requiredInteger(execution, "applicationWindowDays"));
    programme.setSessionsStart(sessionsStart);
    programme.setDurationMonths(Variables.requiredInteger(execution, "durationMonths"));
    programme.setSessionCadence(cadence);
    programme.setMentorMaximumBand(mentorMaximumBand);
    programme.setMenteeMinimumBand(menteeMinimumBand);
    programme.setMinimumBandGap(minimumBandGap);
  }

  /** The learning agreement template; a field left out keeps its default (the mentee arranges, online). */
  private static void applyAgreementTemplate(DelegateExecution execution, Programme programme) {
    String arranger = Variables.optionalString(execution, "agreementArranger");
    if (arranger != null) {
      programme.setAgreementArranger(FormChoices.role(arranger));
    }
    String format = Variables.optionalString(execution, "agreementMeetingFormat");
    if (format != null) {
      programme.setAgreementMeetingFormat(FormChoices.meetingFormat(format));
    }
    if (execution.getVariable("agreementProtectedTime") != null) {
      programme.setAgreementProtectedTime(Variables.flag(execution, "agreementProtectedTime"));
    }
    programme.setAgreementBoundaries(Variables.optionalString(execution, "agreementBoundaries"));
  }
}
