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
import org.flipside.api.RolloutChoice;
import org.flipside.api.RolloutDecision;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.Notification;
import org.flipside.spi.NotificationParameter;
import org.junit.jupiter.api.Test;

/**
 * The rollout decision through Flipside's API: a pilot of two pairs is evaluated, then the sponsor expands it to
 * a wider audience with the pilot's people as ambassadors and its mentors back, or keeps it to a yearly cycle.
 */
abstract class RolloutContract extends HostedContract {

  @Test
  void expandingWidensTheBandsAsksAmbassadorsAndInvitesTheMentorsBackWithoutWaitingForTheirAnswers() {
    String programmeId = pilotEvaluated();
    host.organisation.leave(MGR_FINANCE);

    assertThatThrownBy(() -> host.complete(CEO, Forms.ROLLOUT_DECISION, expand(Map.of(Vars.MENTEE_MINIMUM_BAND.name(), 9))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly(Vars.MENTEE_MINIMUM_BAND.name()));
    // the form hides the bands unless the sponsor expands, and the server keeps nothing of a hidden field (HiddenFieldsTest)
    assertThat(host.flipside.programmes().rollout(Actor.of(CEO), programmeId)).as("nothing was decided").isEmpty();

    host.complete(CEO, Forms.ROLLOUT_DECISION, expand(Map.of(Vars.MENTOR_MAXIMUM_BAND.name(), 7, Vars.CASCADE.name(), true)));

    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    for (String ambassador : List.of(DIR_OPS, FINANCE_1, OPS_1)) {
      assertThat(host.tasks(ambassador, Forms.AMBASSADOR_INVITATION)).as("%s completed and is asked", ambassador).hasSize(1);
    }
    assertThat(host.tasks(MGR_FINANCE, Forms.AMBASSADOR_INVITATION)).as("a leaver is not asked").isEmpty();
    assertThat(host.tasks(HR, Forms.APPLICATION)).as("band 7 is now recruited from").hasSize(1);
    assertThat(host.tasks(OPS_2, Forms.APPLICATION)).as("never applied").hasSize(1);
    assertThat(host.tasks(FINANCE_1, Forms.APPLICATION)).as("a returning mentor").hasSize(1);
    assertThat(host.tasks(DIR_OPS, Forms.APPLICATION)).as("a mentee of the pilot is not invited again").isEmpty();
    assertThat(invitationTo(FINANCE_1).body()).contains("invited back as a returning mentor");
    assertThat(invitationTo(FINANCE_1).parameters()).containsEntry(NotificationParameter.INVITED_AS.key(), "returning-mentor");
    Notification welsh = invitationTo(OPS_2);
    assertThat(welsh.parameters()).as("band 3 is in the mentors' bands alone")
        .containsEntry(NotificationParameter.INVITED_AS.key(), "mentor")
        .containsEntry(NotificationParameter.PROGRAMME.key(), programmeId);
    assertThat(welsh.locale()).as("ops-2 reads Welsh").isEqualTo(TestOrganisation.WELSH);
    assertThat(welsh.subject()).startsWith("Fe’ch gwahoddir i wneud cais: ");
    assertThat(welsh.body()).startsWith("Gwnewch gais fel mentor erbyn ");

    host.complete(FINANCE_1, Forms.AMBASSADOR_INVITATION, Map.of(Vars.AMBASSADOR_ANSWER.name(), "accept"));
    host.complete(DIR_OPS, Forms.AMBASSADOR_INVITATION, Map.of(Vars.AMBASSADOR_ANSWER.name(), "decline"));

    OpenTask invitation = host.task(OPS_2, Forms.APPLICATION);
    assertThat(invitation.data().get(Vars.AMBASSADORS_NOTE.name()))
        .isEqualTo("Ask our ambassadors from the last cohort what taking part is like: Employee finance-1.");
    assertThat(invitation.formJson()).contains("{{ambassadorsNote}}");
    assertThat(host.database.count("ACT_HI_VARINST", "NAME_ = 'ambassadorsNote'"))
        .as("the names are read from Flipside's tables, never kept in the engine's history").isZero();
    RolloutDecision rollout = host.flipside.programmes().rollout(Actor.of(HR), programmeId).orElseThrow();
    assertThat(rollout).extracting(RolloutDecision::decision, RolloutDecision::rationale, RolloutDecision::cascade,
            RolloutDecision::yearly, RolloutDecision::mentorMaximumBand, RolloutDecision::menteeMinimumBand)
        .containsExactly(RolloutChoice.EXPAND, "The pilot worked: open it wider", true, false, 7, 8);
    assertThat(rollout.ambassadors()).extracting(Ambassador::employeeId, Ambassador::name, Ambassador::fromCohort)
        .containsExactly(tuple(FINANCE_1, "Employee finance-1", 1));
    assertThat(host.flipside.programmes().status(Actor.of(CEO), programmeId).cohortNumber()).isEqualTo(2);
    assertThatThrownBy(() -> host.flipside.programmes().rollout(Actor.of(OPS_2), programmeId))
        .isInstanceOf(AccessDeniedException.class);

    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "finance"));
    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).applications()).isEqualTo(1);
    host.passTime(Duration.ofDays(15));
    assertThat(host.tasks(OPS_1, Forms.AMBASSADOR_INVITATION)).as("the replies closed after a fortnight").isEmpty();

    host.complete(HR, Forms.THIN_RECRUITMENT, Map.of(Vars.DECISION.name(), "extend", Vars.EXTRA_DAYS.name(), 7));
    assertThat(host.tasks(CEO, Forms.APPLICATION)).as("said no to the pilot, has not answered this cohort").hasSize(1);
    assertThat(host.tasks(FINANCE_1, Forms.APPLICATION)).as("applied to this cohort").isEmpty();
  }

  @Test
  void aYearlyCycleOfADifferentSizeOpensTheNextRecruitmentAYearAfterThePilotsOpened() {
    String programmeId = pilotEvaluated();

    assertThatThrownBy(() -> host.complete(CEO, Forms.ROLLOUT_DECISION,
        decision("continue", Map.of(Vars.NEXT_COHORT_SIZE.name(), 0))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly(Vars.NEXT_COHORT_SIZE.name()));
    host.complete(CEO, Forms.ROLLOUT_DECISION, decision("continue",
        Map.of(Vars.YEARLY.name(), true, Vars.NEXT_COHORT_SIZE.name(), 4)));
    assertThat(host.flipside.programmes().scope(Actor.of(CEO), programmeId).cohortSize())
        .as("the next cohort is sized at the decision").isEqualTo(4);

    host.passTimeTo(Instant.parse("2028-01-03T09:00:00Z"));
    assertThat(host.tasks(OPS_2, Forms.APPLICATION)).as("a year has not passed").isEmpty();
    assertThat(host.flipside.programmes().rollout(Actor.of(CEO), programmeId).orElseThrow().yearly()).isTrue();
    host.passTimeTo(Instant.parse("2028-01-04T09:00:01Z"));
    assertThat(host.tasks(OPS_2, Forms.APPLICATION)).hasSize(1);
    assertThat(stage(programmeId)).isEqualTo(Stage.RECRUITMENT);
    assertThat(host.tasks(FINANCE_1, Forms.AMBASSADOR_INVITATION)).as("continuing asks no ambassadors").isEmpty();
  }

  /** The pilot's two pairs completed, its surveys answered, its themes grouped: the sponsor decides next. */
  private String pilotEvaluated() {
    String programmeId = host.pilotInSessions();
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
    host.complete(MGR_FINANCE, Forms.LOG_SESSION, FlipsideHost.session("2027-03-08", "continue"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    for (String respondent : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, Forms.FINAL_SURVEY, Map.of(
          Vars.CONFIDENCE_TALKING.name(), 4, Vars.UNDERSTANDING_ISSUES.name(), 4, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 4));
    }
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.GOAL.name(), ProgrammeLifecycleContract.values(themes, Vars.GOAL_OPTIONS.name()).get(0), Vars.PRIORITY.name(), "ACT_NOW",
        Vars.RECOMMENDATION.name(), "Diverse interview panels", Vars.NEXT_STEP.name(), "finish"));
    assertThat(stage(programmeId)).isEqualTo(Stage.ROLLOUT);
    return programmeId;
  }

  private static Map<String, Object> expand(Map<String, Object> choices) {
    return decision("expand", choices);
  }

  private static Map<String, Object> decision(String decision, Map<String, Object> choices) {
    Map<String, Object> form = new HashMap<>(choices);
    form.put(Vars.ROLLOUT_DECISION.name(), decision);
    form.put(Vars.RATIONALE.name(), "The pilot worked: open it wider");
    return form;
  }

  private Notification invitationTo(String employeeId) {
    List<Notification> invitations = host.notifier.delivered().stream()
        .filter(sent -> sent.topic().equals(NotificationTopics.INVITATION_TO_APPLY) && sent.recipientId().equals(employeeId))
        .toList();
    return invitations.get(invitations.size() - 1);
  }

  private Stage stage(String programmeId) {
    return host.flipside.programmes().status(Actor.of(HR), programmeId).stage();
  }
}
