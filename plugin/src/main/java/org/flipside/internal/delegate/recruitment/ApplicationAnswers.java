package org.flipside.internal.delegate.recruitment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.rollout.AmbassadorsNote;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.host.Directory;
import org.flipside.internal.team.PostConflicts;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.spi.Employee;

/**
 * An invitee's answer to the invitation to apply. The application holds a protected characteristic (kept only with
 * consent), lived experience and motivation: as engine variables they would sit in the engine's history next to the
 * applicant's name, so they go straight to the application and the engine receives nothing. Applying for a role the
 * applicant's band does not allow is recorded as ineligible. The form names the last cohort's ambassadors, read
 * from Flipside's tables as it is shown. Whoever holds a post of the programme that sees the pairings (its manager, a
 * coach) cannot apply to it.
 */
public final class ApplicationAnswers implements AnswerStore {

  private final DelegateContext context;
  private final Repositories data;
  private final TaskVariables variables;
  private final Directory directory;
  private final PostConflicts conflicts;
  private final ColleagueOptions colleagues;

  public ApplicationAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.data = context.data();
    this.variables = variables;
    this.directory = context.directory();
    this.conflicts = new PostConflicts(data);
    this.colleagues = new ColleagueOptions(directory);
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.APPLICATION.equals(form.id());
  }

  /** The ambassadors from the cohort before, whom the invitation names, and the colleagues to pick conflicts from. */
  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Map<String, Object> shown = new HashMap<>(dataToValidate(form, task));
    Cohort previous = data.cohorts().findPrevious(variables.get(task.getId(), Vars.COHORT_ID)).orElse(null);
    shown.put(Vars.AMBASSADORS_NOTE.name(), AmbassadorsNote.of(data, directory, previous));
    return shown;
  }

  /** The colleagues to pick conflicts from alone: the ambassadors' note is there to read, no answer chooses from it. */
  @Override
  public Map<String, Object> dataToValidate(FormDefinition form, Task task) {
    return Map.of(Vars.COLLEAGUE_OPTIONS.name(), colleagues.offeredTo(task.getAssignee()));
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    String interest = (String) values.get(Vars.INTEREST.name());
    if (Answers.NONE.equals(interest)) {
      return new HashMap<>();
    }
    boolean consent = Boolean.TRUE.equals(values.get(Vars.CONSENT_TO_PROTECTED_DATA.name()));
    String characteristic = text(values, Vars.PROTECTED_CHARACTERISTIC);
    if (characteristic != null && !consent) {
      throw ValidationException.of(Vars.PROTECTED_CHARACTERISTIC.name(),
          "can only be given together with consent to use it (consentToProtectedData)");
    }
    Cohort cohort = cohortOf(task);
    Employee applicant = directory.require(task.getAssignee(), Vars.INVITEE.name());
    List<String> posts = conflicts.postsSeeingPairings(cohort.getProgramme(), applicant.id());
    if (!posts.isEmpty()) {
      throw ValidationException.of(Vars.INTEREST.name(), applicant.id() + " is " + String.join(" and ", posts)
          + " of " + cohort.getProgramme().getName() + ", which sees who is paired with whom: step down from the post"
          + " before applying, or answer none");
    }
    ParticipantRole role = FormChoices.role(interest);

    Application application = new Application(cohort, applicant.id(), role, applicant.band(), applicant.department(),
        text(values, Vars.LIVED_EXPERIENCE_TOPICS), text(values, Vars.LEARNING_INTERESTS), text(values, Vars.LEADS_AREA),
        FormChoices.meetingFormat(text(values, Vars.PREFERRED_FORMAT)), text(values, Vars.MOTIVATION), consent,
        characteristic, context.now());
    application.setMatchingNeeds(text(values, Vars.LOCATION), availability(values), declaredConflicts(values),
        capacity(values, role));
    String ineligibility = ineligibility(cohort.getProgramme(), role, applicant.band());
    application.setStatus(ineligibility == null ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
    application.setStatusReason(ineligibility);
    data.applications().add(application);
    return new HashMap<>();
  }

  private Cohort cohortOf(Task task) {
    return context.cohort(variables.get(task.getId(), Vars.COHORT_ID));
  }

  /** A text answer, or null when left empty. */
  private static String text(Map<String, Object> values, Var<String> field) {
    Object value = values.get(field.name());
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Set<String> availability(Map<String, Object> values) {
    Set<String> slots = new LinkedHashSet<>();
    if (values.get(Vars.AVAILABILITY.name()) instanceof List<?> chosen) {
      chosen.forEach(slot -> slots.add(String.valueOf(slot)));
    }
    return slots;
  }

  /** The colleagues picked, each one the form offered: the validator held them to the colleague options. */
  private static Set<String> declaredConflicts(Map<String, Object> values) {
    Set<String> conflicts = new LinkedHashSet<>();
    if (values.get(Vars.DECLARED_CONFLICTS.name()) instanceof List<?> picked) {
      picked.forEach(id -> conflicts.add(String.valueOf(id)));
    }
    return conflicts;
  }

  private static int capacity(Map<String, Object> values, ParticipantRole role) {
    Object given = values.get(Vars.MENTOR_CAPACITY.name());
    if (given == null) {
      return 1;
    }
    int capacity = ((Number) given).intValue();
    if (role == ParticipantRole.MENTEE && capacity != 1) {
      throw ValidationException.of(Vars.MENTOR_CAPACITY.name(),
          "is for mentors only; leave it empty when applying as a mentee");
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
