package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.Ambassador;
import org.flipside.api.FieldError;
import org.flipside.api.OpenTask;
import org.flipside.api.RolloutDecision;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.Test;

/**
 * The rollout decision through Flipside's API: a pilot of two pairs is evaluated, then the sponsor expands it to
 * a wider audience with the pilot's people as ambassadors and its mentors back, or keeps it to a yearly cycle.
 */
abstract class RolloutContract extends HostedContract {

  private static final String ROLLOUT = "flipside-rollout-decision";
  private static final String AMBASSADOR = "flipside-ambassador-invitation";
  private static final String APPLICATION = "flipside-application";

  @Test
  void expandingWidensTheBandsAsksAmbassadorsAndInvitesTheMentorsBackWithoutWaitingForTheirAnswers() {
    String programmeId = pilotEvaluated();
    host.organisation.leave(MGR_FINANCE);

    assertThatThrownBy(() -> host.complete(CEO, ROLLOUT, expand(Map.of("menteeMinimumBand", 9))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("menteeMinimumBand"));
    assertThatThrownBy(() -> host.complete(CEO, ROLLOUT, decision("continue", Map.of("mentorMaximumBand", 7))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("mentorMaximumBand"));
    assertThat(host.flipside.programmes().rollout(Actor.of(CEO), programmeId)).as("nothing was decided").isEmpty();

    host.complete(CEO, ROLLOUT, expand(Map.of("mentorMaximumBand", 7, "cascade", true)));

    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    for (String ambassador : List.of(DIR_OPS, FINANCE_1, OPS_1)) {
      assertThat(host.tasks(ambassador, AMBASSADOR)).as("%s completed and is asked", ambassador).hasSize(1);
    }
    assertThat(host.tasks(MGR_FINANCE, AMBASSADOR)).as("a leaver is not asked").isEmpty();
    assertThat(host.tasks(HR, APPLICATION)).as("band 7 is now recruited from").hasSize(1);
    assertThat(host.tasks(OPS_2, APPLICATION)).as("never applied").hasSize(1);
    assertThat(host.tasks(FINANCE_1, APPLICATION)).as("a returning mentor").hasSize(1);
    assertThat(host.tasks(DIR_OPS, APPLICATION)).as("a mentee of the pilot is not invited again").isEmpty();
    assertThat(invitationTo(FINANCE_1).body()).contains("invited back as a returning reverse mentor");
    assertThat(invitationTo(OPS_2).body()).startsWith("Apply as a reverse mentor or a reverse mentee");

    host.complete(FINANCE_1, AMBASSADOR, Map.of("ambassadorAnswer", "accept"));
    host.complete(DIR_OPS, AMBASSADOR, Map.of("ambassadorAnswer", "decline"));

    OpenTask invitation = host.task(OPS_2, APPLICATION);
    assertThat(invitation.data().get("ambassadorsNote"))
        .isEqualTo("Ask our ambassadors from the last cohort what taking part is like: Employee finance-1.");
    assertThat(invitation.formJson()).contains("{{ambassadorsNote}}");
    assertThat(host.database.count("ACT_HI_VARINST", "NAME_ = 'ambassadorsNote'"))
        .as("the names are read from Flipside's tables, never kept in the engine's history").isZero();
    RolloutDecision rollout = host.flipside.programmes().rollout(Actor.of(HR), programmeId).orElseThrow();
    assertThat(rollout).extracting(RolloutDecision::decision, RolloutDecision::rationale, RolloutDecision::cascade,
            RolloutDecision::yearly, RolloutDecision::mentorMaximumBand, RolloutDecision::menteeMinimumBand)
        .containsExactly("expand", "The pilot worked: open it wider", true, false, 7, 8);
    assertThat(rollout.ambassadors()).extracting(Ambassador::employeeId, Ambassador::name, Ambassador::fromCohort)
        .containsExactly(tuple(FINANCE_1, "Employee finance-1", 1));
    assertThat(host.flipside.programmes().status(Actor.of(CEO), programmeId).cohortNumber()).isEqualTo(2);
    assertThatThrownBy(() -> host.flipside.programmes().rollout(Actor.of(OPS_2), programmeId))
        .isInstanceOf(AccessDeniedException.class);

    host.apply(FINANCE_1, "mentor", Map.of("livedExperienceTopics", "race", "learningInterests", "finance"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).applications()).isEqualTo(1);
    host.passTime(Duration.ofDays(15));
    assertThat(host.tasks(OPS_1, AMBASSADOR)).as("the replies closed after a fortnight").isEmpty();

    host.complete(HR, "flipside-thin-recruitment", Map.of("decision", "extend", "extraDays", 7));
    assertThat(host.tasks(CEO, APPLICATION)).as("said no to the pilot, has not answered this cohort").hasSize(1);
    assertThat(host.tasks(FINANCE_1, APPLICATION)).as("applied to this cohort").isEmpty();
  }

  @Test
  void aYearlyCycleOpensTheNextRecruitmentAYearAfterThePilotsOpened() {
    String programmeId = pilotEvaluated();

    host.complete(CEO, ROLLOUT, decision("continue", Map.of("yearly", true)));

    host.passTimeTo(Instant.parse("2028-01-03T09:00:00Z"));
    assertThat(host.tasks(OPS_2, APPLICATION)).as("a year has not passed").isEmpty();
    assertThat(host.flipside.programmes().rollout(Actor.of(CEO), programmeId).orElseThrow().yearly()).isTrue();
    host.passTimeTo(Instant.parse("2028-01-04T09:00:01Z"));
    assertThat(host.tasks(OPS_2, APPLICATION)).hasSize(1);
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.tasks(FINANCE_1, AMBASSADOR)).as("continuing asks no ambassadors").isEmpty();
  }

  /** The pilot's two pairs completed, its surveys answered, its themes grouped: the sponsor decides next. */
  private String pilotEvaluated() {
    String programmeId = host.pilotInSessions();
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, "flipside-log-session", FlipsideHost.session("2027-03-09", "continue"));
    host.complete(MGR_FINANCE, "flipside-log-session", FlipsideHost.session("2027-03-08", "continue"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    for (String respondent : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, "flipside-final-survey", Map.of(
          "confidence_talking", 4, "understanding_issues", 4, "confidence_asking", 4, "confidence_sharing", 4));
    }
    OpenTask themes = host.task(HR, "flipside-review-evaluation");
    host.complete(HR, "flipside-review-evaluation", Map.of("title", "Barriers in shortlisting",
        "goal", ProgrammeLifecycleContract.values(themes, "goalOptions").get(0), "priority", "ACT_NOW",
        "recommendation", "Diverse interview panels", "nextStep", "finish"));
    assertThat(stage(programmeId)).isEqualTo(Stage.ROLLOUT);
    return programmeId;
  }

  private static Map<String, Object> expand(Map<String, Object> choices) {
    return decision("expand", choices);
  }

  private static Map<String, Object> decision(String decision, Map<String, Object> choices) {
    Map<String, Object> form = new HashMap<>(choices);
    form.put("rolloutDecision", decision);
    form.put("rationale", "The pilot worked: open it wider");
    return form;
  }

  private Notification invitationTo(String employeeId) {
    List<Notification> invitations = host.notifier.delivered().stream()
        .filter(sent -> sent.topic().equals("invitation-to-apply") && sent.recipientId().equals(employeeId))
        .toList();
    return invitations.get(invitations.size() - 1);
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
