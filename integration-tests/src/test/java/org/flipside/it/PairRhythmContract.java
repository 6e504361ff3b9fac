package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.AgreementStatus;
import org.flipside.api.AgreementTerms;
import org.flipside.api.AgreementVersion;
import org.flipside.api.FieldError;
import org.flipside.api.MeetingFormat;
import org.flipside.api.MeetingFrequency;
import org.flipside.api.PartnerRole;
import org.flipside.api.OpenTask;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Each pair's own rhythm, as at Arden &amp; GEM's internal programme: "the pairs make their own arrangements about
 * meeting type and frequency, provided they meet monthly as a minimum". The programme is scoped with a monthly
 * minimum over three months from 2027-03-01; dir-ops and finance-1 agree to meet fortnightly, mgr-finance and ops-1
 * monthly. The agreed frequency sets the pair's periods (so the fortnightly pair logs two sessions in March), its
 * reminders and when missed periods take it below the minimum, which opens the manager's check-in; an agreement to
 * meet less often than the minimum is refused, naming the field.
 */
abstract class PairRhythmContract extends HostedContract {

  @Test
  void aPairMeetingFortnightlyLogsTwoSessionsAMonthWhileAMonthlyPairLogsOne() {
    pairsWithTheirOwnRhythm();
    host.passTimeTo(Instant.parse("2027-03-05T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-04"));
    host.complete(MGR_FINANCE, Forms.LOG_SESSION, FlipsideHost.session("2027-03-04"));

    host.passTimeTo(Instant.parse("2027-03-15T01:00:00Z"));

    assertThat(host.tasks(DIR_OPS, Forms.LOG_SESSION)).as("the fortnightly pair's second period of March").hasSize(1);
    assertThat(host.tasks(MGR_FINANCE, Forms.LOG_SESSION)).as("the monthly pair's next period starts in April")
        .isEmpty();
    host.passTimeTo(Instant.parse("2027-03-23T09:00:00Z"));
    host.complete(FINANCE_1, Forms.LOG_SESSION, FlipsideHost.session("2027-03-22"));
    assertThat(host.database.count("fs_session_record")).as("two for the fortnightly pair, one for the monthly")
        .isEqualTo(3);
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_MISSED)).isEmpty();
  }

  @Test
  void theReminderFollowsThePairsRhythm() {
    pairsWithTheirOwnRhythm();

    host.passTimeTo(Instant.parse("2027-03-09T09:00:00Z"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_REMINDER))
        .as("a week before the fortnight ends; the monthly pair's reminder comes a week before April")
        .containsExactly(DIR_OPS);
  }

  @Test
  void anAgreementToMeetLessOftenThanTheMinimumIsRefusedNamingTheFieldAndChangesNothing() {
    host.pilotInSessions(Map.of(Vars.DURATION_MONTHS.name(), 3));

    assertThatThrownBy(() -> host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, draft("P6W")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo(Vars.FREQUENCY.name());
              assertThat(error.problem()).contains("every P1M").contains("every P6W is less often");
            }));
    String pairingId = host.flipside.learningAgreements().partnerships(Actor.of(DIR_OPS)).get(0).pairingId();
    assertThat(host.flipside.learningAgreements().versions(Actor.of(DIR_OPS), pairingId)).isEmpty();
    assertThat(host.tasks(DIR_OPS, Forms.LEARNING_AGREEMENT)).as("the draft is still to do").hasSize(1);

    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, draft("P1W"));
    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    assertThatThrownBy(() -> host.flipside.learningAgreements().proposeChange(Actor.of(FINANCE_1), pairingId,
        new AgreementTerms(true, null, MeetingFormat.ONLINE, MeetingFrequency.EVERY_SIX_WEEKS,
            PartnerRole.MENTEE, true)))
        .as("a change during the sessions is held to the minimum too")
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.FREQUENCY.name()));
    assertThat(host.flipside.learningAgreements().versions(Actor.of(FINANCE_1), pairingId))
        .extracting(AgreementVersion::status).containsExactly(AgreementStatus.CONFIRMED);
  }

  @Test
  void aFortnightlyPairThatFallsBelowTheMonthlyMinimumGetsTheCheckIn() {
    pairsWithTheirOwnRhythm();

    // each period opens when the one before ended, so the clock moves one fortnight at a time
    host.passTimeTo(Instant.parse("2027-03-15T01:00:00Z"));
    host.passTimeTo(Instant.parse("2027-03-29T02:00:00Z"));
    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_MISSED))
        .as("two fortnights missed").containsExactlyInAnyOrder(DIR_OPS, FINANCE_1, DIR_OPS, FINANCE_1);
    assertThat(host.tasks(HR, Forms.PAIR_CHECK_IN)).as("four weeks without a session: still monthly").isEmpty();

    host.passTimeTo(Instant.parse("2027-04-12T03:00:00Z"));

    List<OpenTask> checkIns = host.tasks(HR, Forms.PAIR_CHECK_IN);
    assertThat(checkIns).as("six weeks without a session; the monthly pair has missed one month only")
        .singleElement().satisfies(task -> assertThat((String) task.data().get(Vars.CHECK_IN_SUMMARY.name()))
            .contains("Employee dir-ops").contains("3 periods in a row")
            .contains("agreed to meet every P2W").contains("at least every P1M"));
  }

  /** Sessions from 2027-03-01 for three months, at least monthly; one pair fortnightly, the other monthly. */
  private void pairsWithTheirOwnRhythm() {
    host.pilotInSessions(Map.of(Vars.DURATION_MONTHS.name(), 3));
    host.complete(DIR_OPS, Forms.LEARNING_AGREEMENT, draft("P2W"));
    host.complete(FINANCE_1, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    host.agree(MGR_FINANCE, OPS_1);
  }

  private static Map<String, Object> draft(String frequency) {
    return Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true, Vars.MEETING_FORMAT.name(), "online",
        Vars.FREQUENCY.name(), frequency, Vars.ARRANGER.name(), "mentee", Vars.PROTECTED_TIME.name(), true);
  }
}
