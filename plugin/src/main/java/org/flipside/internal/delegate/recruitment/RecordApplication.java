package org.flipside.internal.delegate.recruitment;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;

/**
 * Records one invitee's answer. A protected characteristic is kept only when the applicant
 * consents; applying for a role the applicant's band does not allow is recorded as ineligible.
 */
public final class RecordApplication implements JavaDelegate {

  private final DelegateContext context;

  public RecordApplication(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String interest = Variables.string(execution, "interest");
    if ("none".equals(interest)) {
      return;
    }
    boolean consent = Variables.flag(execution, "consentToProtectedData");
    String characteristic = Variables.optionalString(execution, "protectedCharacteristic");
    if (characteristic != null && !consent) {
      throw ValidationException.of("protectedCharacteristic",
          "can only be given together with consent to use it (consentToProtectedData)");
    }
    Cohort cohort = context.cohort(Variables.string(execution, "cohortId"));
    Employee applicant = context.directory().require(Variables.string(execution, "invitee"), "invitee");
    ParticipantRole role = FormChoices.role(interest);

    Application application = new Application(
        cohort,
        applicant.id(),
        role,
        applicant.band(),
        applicant.department(),
        Variables.optionalString(execution, "livedExperienceTopics"),
        Variables.optionalString(execution, "learningInterests"),
        Variables.optionalString(execution, "leadsArea"),
        FormChoices.meetingFormat(Variables.optionalString(execution, "preferredFormat")),
        Variables.optionalString(execution, "motivation"),
        consent,
        characteristic,
        context.now());
    application.setMatchingNeeds(
        Variables.optionalString(execution, "location"),
        new LinkedHashSet<>(Variables.strings(execution, "availability")),
        declaredConflicts(execution, applicant),
        capacity(execution, role));
    String ineligibility = ineligibility(cohort.getProgramme(), role, applicant.band());
    application.setStatus(ineligibility == null ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
    application.setStatusReason(ineligibility);
    context.data().applications().save(application);
  }

  private Set<String> declaredConflicts(DelegateExecution execution, Employee applicant) {
    String given = Variables.optionalString(execution, "declaredConflicts");
    Set<String> conflicts = new LinkedHashSet<>();
    if (given == null) {
      return conflicts;
    }
    for (String employeeId : given.split(",")) {
      String id = employeeId.strip();
      if (id.isEmpty() || id.equals(applicant.id())) {
        continue;
      }
      context.directory().require(id, "declaredConflicts");
      conflicts.add(id);
    }
    return conflicts;
  }

  private static int capacity(DelegateExecution execution, ParticipantRole role) {
    Integer capacity = Variables.optionalInteger(execution, "mentorCapacity");
    if (capacity == null) {
      return 1;
    }
    if (role == ParticipantRole.MENTEE && capacity != 1) {
      throw ValidationException.of("mentorCapacity", "is for mentors only; leave it empty when applying as a mentee");
    }
    return capacity;
  }

  /** Why the band rules exclude the applicant from the role, or {@code null} when they don't. */
  static String ineligibility(Programme programme, ParticipantRole role, int band) {
    if (role == ParticipantRole.MENTOR && band > programme.getMentorMaximumBand()) {
      return "mentors come from bands up to " + programme.getMentorMaximumBand() + "; applicant is band " + band;
    }
    if (role == ParticipantRole.MENTEE && band < programme.getMenteeMinimumBand()) {
      return "mentees come from band " + programme.getMenteeMinimumBand() + " up; applicant is band " + band;
    }
    return null;
  }
}
