package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.host.Directory;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.model.repository.ApplicationRepository;
import org.flipside.model.repository.AppointmentRepository;
import org.flipside.model.repository.CohortRepository;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ApplicationAnswersTest {

  private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

  private final ApplicationRepository applications = mock(ApplicationRepository.class);
  private final CohortRepository cohorts = mock(CohortRepository.class);
  private final AppointmentRepository appointments = mock(AppointmentRepository.class);
  private final EmployeeDirectory directory = mock(EmployeeDirectory.class);
  private final TaskVariables variables = mock(TaskVariables.class);
  private final Task task = mock(Task.class);
  private final FormDefinition form = FormDefinition.parse("{\"id\": \"flipside-application\", \"components\": []}");
  private final Map<String, Object> values = new HashMap<>();
  private ApplicationAnswers answers;

  @BeforeEach
  void setUp() {
    Repositories data = new Repositories(null, cohorts, applications, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, appointments, null, null, null);
    answers = new ApplicationAnswers(
        new DelegateContext(data, new Directory(directory), null, Clock.fixed(NOW, ZoneOffset.UTC)), variables);
    Programme programme = new Programme("Pilot", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY",
        "reverse mentor", "reverse mentee", "hr", "ceo", NOW);
    programme.setMentorMaximumBand(5);
    programme.setMenteeMinimumBand(8);
    Cohort cohort = new Cohort(programme, 1, NOW, NOW);
    when(cohorts.find("cohort-1")).thenReturn(Optional.of(cohort));
    when(directory.find("amira")).thenReturn(Optional.of(
        new Employee("amira", "Amira", 4, "Band 4", "Pharmacy", "manager", true)));
    when(task.getId()).thenReturn("task-1");
    when(task.getAssignee()).thenReturn("amira");
    when(variables.get("task-1", Vars.COHORT_ID)).thenReturn("cohort-1");
  }

  @Test
  void storesTheApplicationFormAndHandsTheEngineNothing() {
    values.put(Vars.INTEREST.name(), "mentor");

    assertThat(answers.stores(form)).isTrue();
    assertThat(answers.store(form, task, values)).isEmpty();
    assertThat(saved().getEmployeeId()).isEqualTo("amira");
  }

  @Test
  void keepsAProtectedCharacteristicOnlyWithConsent() {
    values.put(Vars.INTEREST.name(), "mentor");
    values.put(Vars.PROTECTED_CHARACTERISTIC.name(), "Black British");

    assertThatThrownBy(() -> answers.store(form, task, values))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.PROTECTED_CHARACTERISTIC.name()));
    verify(applications, never()).add(any());
  }

  @Test
  void recordsAConsentingMentorsApplicationAsEligible() {
    values.put(Vars.INTEREST.name(), "mentor");
    values.put(Vars.CONSENT_TO_PROTECTED_DATA.name(), true);
    values.put(Vars.PROTECTED_CHARACTERISTIC.name(), "Black British");
    values.put(Vars.PREFERRED_FORMAT.name(), "in-person");

    answers.store(form, task, values);

    Application saved = saved();
    assertThat(saved.getRole()).isEqualTo(ParticipantRole.MENTOR);
    assertThat(saved.getBand()).isEqualTo(4);
    assertThat(saved.getProtectedCharacteristic()).isEqualTo("Black British");
    assertThat(saved.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
  }

  @Test
  void recordsAnApplicationForARoleTheBandDoesNotAllowAsIneligibleWithTheReason() {
    values.put(Vars.INTEREST.name(), "mentee");

    answers.store(form, task, values);

    assertThat(saved().getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(saved().getStatusReason()).isEqualTo("mentees come from band 8 up; applicant is band 4");
  }

  @Test
  void recordsNothingForAnInviteeWhoDeclines() {
    values.put(Vars.INTEREST.name(), "none");

    answers.store(form, task, values);

    verify(applications, never()).add(any());
  }

  @Test
  void checkingAnAnswerTakesTheColleaguesToPickFromAndReadsNoCohort() {
    assertThat(answers.dataToValidate(form, task)).containsOnlyKeys(Vars.COLLEAGUE_OPTIONS.name());
    verifyNoInteractions(cohorts);
  }

  @Test
  void theInvitationToThePilotNamesNoAmbassadors() {
    when(cohorts.findPrevious("cohort-1")).thenReturn(Optional.empty());

    assertThat(answers.dataOf(form, task)).containsEntry(Vars.AMBASSADORS_NOTE.name(), "")
        .containsKey(Vars.COLLEAGUE_OPTIONS.name());
  }

  private Application saved() {
    ArgumentCaptor<Application> application = ArgumentCaptor.forClass(Application.class);
    verify(applications).add(application.capture());
    return application.getValue();
  }
}
