package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flipside.api.Actor;
import org.flipside.api.ConflictException;
import org.flipside.api.FieldError;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.ProgrammeSummary;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.Test;

/**
 * What an outside tester tried: callers racing for the same step, text with control characters, values far out
 * of range, a sponsor who is no sponsor. Each gets Flipside's own answer naming the field, and changes nothing.
 */
abstract class HardeningContract extends HostedContract {

  static final int CALLERS = 30;

  @Test
  void thirtyCallersCompletingTheSameTaskAtOnceOneSucceedsAndEveryOtherGetsAFlipsideException() throws Exception {
    String programmeId = host.createPilot();
    race(HR, host.task(HR, Forms.SCOPE_PILOT), FlipsideHost.pilotScope());
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("the sign-off the one completion opened").hasSize(1);

    // the sign-off's step writes the cohort and asks the directory whom to invite: a longer race
    race(CEO, host.task(CEO, Forms.SPONSOR_SIGN_OFF), Map.of(Vars.DECISION.name(), "approve"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.database.count("fs_cohort")).as("the cohort the one sign-off opened").isEqualTo(1);
  }

  /** Thirty calls completing one task at once: one goes through, the others get Flipside's own refusal. */
  private void race(String employeeId, OpenTask task, Map<String, Object> answers) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      calls.add(callers.submit(() -> {
        together.await();
        host.flipside.inbox().complete(Actor.of(employeeId), task.id(), answers);
        return null;
      }));
    }
    together.countDown();
    int succeeded = 0;
    List<Throwable> refusals = new ArrayList<>();
    for (Future<?> call : calls) {
      try {
        call.get(120, TimeUnit.SECONDS);
        succeeded++;
      } catch (ExecutionException e) {
        refusals.add(e.getCause());
      }
    }
    callers.shutdown();

    assertThat(succeeded).as("callers whose completion went through").isEqualTo(1);
    assertThat(refusals).hasSize(CALLERS - 1).allSatisfy(refusal -> {
      assertThat(refusal).isInstanceOfAny(NotFoundException.class, ConflictException.class);
      ForeignTypes.assertNoneIn(refusal);
    });
  }

  @Test
  void textWithANulOrAnotherControlCharacterIsRefusedNamingTheFieldAndChangesNothing() {
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.GOALS.name(), "Leaders listen\u0000");
    scope.put(Vars.GAP_ANALYSIS.name(), "Line one\nline two\tand a tab");
    scope.put(Vars.STAFF_NETWORKS.name(), "BME staff\u0007 network");

    assertThat(fieldsOf(() -> host.complete(HR, Forms.SCOPE_PILOT, scope)))
        .containsExactlyInAnyOrder(Vars.GOALS.name(), Vars.STAFF_NETWORKS.name());
    assertThat(fieldsOf(() -> host.flipside.programmes().create(Actor.of(HR), new NewProgramme("Pilot\u0000",
        ProgrammeMode.REVERSE, Set.of(FocusDimension.GENDER), "mentor", "mentee", CEO)))).containsExactly("name");
    assertThat(fieldsOf(() -> host.flipside.concerns().raise(Actor.of(HR), programmeId, "a\u001bb")))
        .containsExactly("summary");

    assertThat(host.tasks(HR, Forms.SCOPE_PILOT)).as("the scoping still to do").hasSize(1);
    assertThat(host.database.count("fs_programme")).isEqualTo(1);
    assertThat(host.database.count("fs_concern")).isZero();
  }

  @Test
  void scopingValuesOutOfTheirBoundsAreEachNamedWithTheirBound() {
    host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.MINIMUM_BAND_GAP.name(), Integer.MAX_VALUE);
    scope.put(Vars.MENTOR_MAXIMUM_BAND.name(), -1);
    scope.put(Vars.SESSIONS_START.name(), "+999999999-01-01");

    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
            new FieldError(Vars.MINIMUM_BAND_GAP.name(), "must be at most 99, not 2147483647"),
            new FieldError(Vars.MENTOR_MAXIMUM_BAND.name(), "must be one of 3, 4, 5, 6, 7, 8, 9, 10, not '-1'"),
            new FieldError(Vars.SESSIONS_START.name(), "must be between 2000-01-01 and 2099-12-31, not +999999999-01-01")));

    scope.putAll(FlipsideHost.pilotScope());
    scope.put(Vars.SESSIONS_START.name(), "2031-01-01");
    assertThatThrownBy(() -> host.complete(HR, Forms.SCOPE_PILOT, scope))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError(Vars.SESSIONS_START.name(), "must be within 2 years of today")));
    assertThat(host.tasks(HR, Forms.SCOPE_PILOT)).hasSize(1);
    assertThat(host.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).isEmpty();
  }

  @Test
  void aSponsorMustHoldTheSponsorRoleAndNotBeTheAdminCreatingTheProgramme() {
    host.organisation.grant(HR, FlipsideRoles.SPONSOR);

    assertThatThrownBy(() -> create(OPS_1)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.errors()).containsExactly(new FieldError("sponsorId", OPS_1 + " does not hold the role "
            + FlipsideRoles.SPONSOR)));
    assertThatThrownBy(() -> create(HR)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("sponsorId"));
    assertThat(host.database.count("fs_programme")).isZero();
    assertThat(create(CEO).id()).isNotBlank();
  }

  @Test
  void aSessionDatedBeforeTheProgrammesSessionWindowIsRefusedAndNotCounted() {
    host.pilotInSessions();
    host.agree(DIR_OPS, FINANCE_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));

    for (String outside : List.of("1900-01-01", "2027-02-28")) {
      assertThatThrownBy(() -> host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session(outside)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
              .extracting(FieldError::field).containsExactly(Vars.HELD_ON.name()));
    }
    assertThat(host.database.count("fs_session_record")).isZero();
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-01"));
    assertThat(host.database.count("fs_session_record")).isEqualTo(1);
  }

  private ProgrammeSummary create(String sponsorId) {
    return host.flipside.programmes().create(Actor.of(HR), new NewProgramme("Pilot", ProgrammeMode.REVERSE,
        Set.of(FocusDimension.GENDER), "mentor", "mentee", sponsorId));
  }

  private static List<String> fieldsOf(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("the call was not refused");
  }
}
