package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.model.repository.ApplicationRepository;
import org.flipside.model.repository.CohortRepository;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RecordApplicationTest {

  private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

  private final ApplicationRepository applications = mock(ApplicationRepository.class);
  private final CohortRepository cohorts = mock(CohortRepository.class);
  private final EmployeeDirectory directory = mock(EmployeeDirectory.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Map<String, Object> variables = new HashMap<>();
  private RecordApplication delegate;

  @BeforeEach
  void setUp() {
    Repositories data = new Repositories(null, cohorts, applications, null, null, null, null, null, null, null, null, null, null, null, null);
    delegate = new RecordApplication(new DelegateContext(
        data, new Directory(directory), mock(Notifications.class), Clock.fixed(NOW, ZoneOffset.UTC)));
    Programme programme = new Programme("Pilot", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY",
        "reverse mentor", "reverse mentee", "hr", "ceo", NOW);
    programme.setMentorMaximumBand(5);
    programme.setMenteeMinimumBand(8);
    Cohort cohort = new Cohort(programme, 1, NOW, NOW);
    when(cohorts.find("cohort-1")).thenReturn(Optional.of(cohort));
    when(directory.find("amira")).thenReturn(Optional.of(
        new Employee("amira", "Amira", 4, "Band 4", "Pharmacy", "manager", true)));
    when(execution.getVariable(any())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    variables.put("cohortId", "cohort-1");
    variables.put("invitee", "amira");
  }

  @Test
  void keepsAProtectedCharacteristicOnlyWithConsent() {
    variables.put("interest", "mentor");
    variables.put("protectedCharacteristic", "Black British");

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("protectedCharacteristic"));
    verify(applications, never()).save(any());
  }

  @Test
  void recordsAConsentingMentorsApplicationAsEligible() {
    variables.put("interest", "mentor");
    variables.put("consentToProtectedData", true);
    variables.put("protectedCharacteristic", "Black British");
    variables.put("preferredFormat", "in-person");

    delegate.execute(execution);

    Application saved = saved();
    assertThat(saved.getRole()).isEqualTo(ParticipantRole.MENTOR);
    assertThat(saved.getBand()).isEqualTo(4);
    assertThat(saved.getProtectedCharacteristic()).isEqualTo("Black British");
    assertThat(saved.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
  }

  @Test
  void recordsAnApplicationForARoleTheBandDoesNotAllowAsIneligibleWithTheReason() {
    variables.put("interest", "mentee");

    delegate.execute(execution);

    assertThat(saved().getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(saved().getStatusReason()).isEqualTo("mentees come from band 8 up; applicant is band 4");
  }

  @Test
  void recordsNothingForAnInviteeWhoDeclines() {
    variables.put("interest", "none");

    delegate.execute(execution);

    verify(applications, never()).save(any());
  }

  private Application saved() {
    ArgumentCaptor<Application> application = ArgumentCaptor.forClass(Application.class);
    verify(applications).save(application.capture());
    return application.getValue();
  }
}
