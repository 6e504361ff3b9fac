package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.EDI;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.ConcernCounts;
import org.flipside.api.ConcernProgress;
import org.flipside.api.ConcernView;
import org.flipside.api.FieldError;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.Notification;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.Test;

/**
 * Support around the pairs, through Flipside's API on the real engine and database: concerns that
 * leave the mentoring process for the EDI lead, knowledge sessions and pre-reading for the group,
 * and recognition for mentors in the host's learning system.
 */
abstract class PairSupportContract extends HostedContract {

  private static final String SUMMARY = "My team lead mocks my accent in meetings";

  @Test
  void aConcernGoesToTheEdiLeadAloneWhoAcknowledgesAndResolvesIt() {
    String programmeId = host.pilotInSessions();

    ConcernView raised = host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, SUMMARY);

    assertThat(raised.progress()).isEqualTo(ConcernProgress.RAISED);
    assertThat(raised.acknowledgeBy()).isEqualTo(raised.raisedAt().plus(Duration.ofDays(5)));
    OpenTask acknowledge = host.task(EDI, Forms.ACKNOWLEDGE_CONCERN);
    assertThat(acknowledge.data()).containsEntry(Vars.CONCERN_SUMMARY.name(), SUMMARY);
    assertThat(acknowledge.programmeId()).isEqualTo(programmeId);
    assertThat(acknowledge.dueAt()).isEqualTo(raised.acknowledgeBy());
    for (String other : List.of(DIR_OPS, OPS_1, MGR_FINANCE, HR, CEO)) {
      assertThat(host.tasks(other, Forms.ACKNOWLEDGE_CONCERN)).as("%s sees no concern", other).isEmpty();
    }

    host.complete(EDI, Forms.ACKNOWLEDGE_CONCERN, Map.of(Vars.ACKNOWLEDGEMENT_NOTE.name(), "I will call you on Monday"));
    assertThat(host.task(EDI, Forms.RESOLVE_CONCERN).data()).containsEntry(Vars.CONCERN_SUMMARY.name(), SUMMARY);
    host.complete(EDI, Forms.RESOLVE_CONCERN, Map.of(Vars.OUTCOME.name(), "A facilitated conversation with the team lead is booked"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.CONCERN)).as("the EDI lead is told once, the raiser at each step")
        .containsExactly(EDI, FINANCE_1, FINANCE_1, FINANCE_1);
    assertThat(concernMessagesTo(FINANCE_1)).extracting(Notification::subject).containsExactly(
        "We have received your concern", "Your concern has been acknowledged", "Your concern has been resolved");
    assertThat(concernMessagesTo(FINANCE_1).get(1).body()).contains("I will call you on Monday");
    assertThat(concernMessagesTo(FINANCE_1).get(2).body()).contains("A facilitated conversation");
    assertThat(host.notifier.delivered()).as("the partner hears nothing of it")
        .filteredOn(message -> message.recipientId().equals(DIR_OPS))
        .noneMatch(message -> message.topic().equals(NotificationTopics.CONCERN) || message.body().contains("accent"));

    assertThat(host.flipside.concerns().raisedBy(Actor.of(FINANCE_1))).singleElement().satisfies(concern -> {
      assertThat(concern.progress()).isEqualTo(ConcernProgress.RESOLVED);
      assertThat(concern.outcome()).startsWith("A facilitated conversation");
      assertThat(concern.acknowledgedAt()).isNotNull();
      assertThat(concern.escalatedAt()).isNull();
    });
    assertThat(host.flipside.concerns().raisedBy(Actor.of(DIR_OPS))).isEmpty();
    assertThat(host.flipside.concerns().ofProgramme(Actor.of(EDI), programmeId))
        .extracting(ConcernView::raisedBy, ConcernView::summary).containsExactly(tuple(FINANCE_1, SUMMARY));
    assertThatThrownBy(() -> host.flipside.concerns().ofProgramme(Actor.of(HR), programmeId))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("flipside-edi-lead");
    assertThat(host.flipside.concerns().counts(Actor.of(CEO), programmeId))
        .isEqualTo(new ConcernCounts(programmeId, 1, 0, 0, 1, 0));
    assertThatThrownBy(() -> host.flipside.concerns().counts(Actor.of(DIR_OPS), programmeId))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(host.flipside.programmes().timeline(Actor.of(CEO), programmeId)).extracting(TimelineEntry::event)
        .noneMatch(event -> event.toLowerCase().contains(NotificationTopics.CONCERN));
  }

  @Test
  void aConcernNobodyAcknowledgesInTimeGoesToTheHrAdminsWhoCanAcknowledgeIt() {
    String programmeId = host.pilotInSessions();
    host.flipside.concerns().raise(Actor.of(DIR_OPS), programmeId, SUMMARY);
    assertThat(host.tasks(HR, Forms.ACKNOWLEDGE_CONCERN)).isEmpty();

    host.passTime(Duration.ofDays(5).plusHours(1));

    assertThat(concernMessagesTo(HR)).singleElement().satisfies(message -> {
      assertThat(message.subject()).isEqualTo("A concern waits for acknowledgement");
      assertThat(message.body()).contains("5 days").doesNotContain("accent");
    });
    assertThat(host.tasks(EDI, Forms.ACKNOWLEDGE_CONCERN)).hasSize(1);
    host.complete(HR, Forms.ACKNOWLEDGE_CONCERN, Map.of());
    assertThat(host.flipside.concerns().counts(Actor.of(HR), programmeId))
        .isEqualTo(new ConcernCounts(programmeId, 1, 0, 1, 0, 1));
    assertThat(host.tasks(EDI, Forms.RESOLVE_CONCERN)).hasSize(1);
  }

  @Test
  void aConcernFromSomeoneNotTakingPartOrWithoutASummaryIsRefusedAndChangesNothing() {
    String programmeId = host.pilotInSessions();

    assertThatThrownBy(() -> host.flipside.concerns().raise(Actor.of(OPS_2), programmeId, SUMMARY))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only its participants");
    assertThatThrownBy(() -> host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, "  "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(Vars.SUMMARY.name()));
    assertThatThrownBy(() -> host.flipside.concerns().raise(Actor.of(FINANCE_1), programmeId, "x".repeat(4001)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .singleElement().satisfies(error -> assertThat(error.problem()).contains("4000")));
    assertThatThrownBy(() -> host.flipside.concerns().raise(Actor.of(FINANCE_1), "no-such-programme", SUMMARY))
        .isInstanceOf(NotFoundException.class);

    assertThat(host.flipside.concerns().counts(Actor.of(HR), programmeId).raised()).isZero();
    assertThat(host.tasks(EDI, Forms.ACKNOWLEDGE_CONCERN)).isEmpty();
    assertThat(host.notifier.recipientsOf(NotificationTopics.CONCERN)).isEmpty();
  }

  @Test
  void theGroupMeetsForAKnowledgeSessionMenteesGetTheirReadingAndMentorsTheirRecognition() {
    String programmeId = host.pilotInSessions();

    assertThat(host.tasks(FINANCE_1, Forms.PRE_READING)).as("pre-reading is for mentees").isEmpty();
    OpenTask reading = host.task(DIR_OPS, Forms.PRE_READING);
    assertThat((String) reading.data().get(Vars.PRE_READING_TEXT.name())).contains("programme guide", "videos", "glossary");
    assertThat(reading.dueAt()).as("due by the end of the first month").isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
    assertThat(host.tasks(MGR_FINANCE, Forms.PRE_READING)).hasSize(1);
    host.complete(DIR_OPS, Forms.PRE_READING, Map.of(Vars.READING_DONE.name(), true));
    assertThat(host.tasks(DIR_OPS, Forms.PRE_READING)).isEmpty();

    List<CalendarInvite> knowledgeInvites = host.calendar.delivered().stream()
        .filter(invite -> invite.summary().startsWith("Knowledge session")).toList();
    assertThat(knowledgeInvites).extracting(CalendarInvite::recipientId)
        .containsExactlyInAnyOrder(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE);
    assertThat(knowledgeInvites).extracting(CalendarInvite::start).as("at the midpoint of March to April")
        .containsOnly(Instant.parse("2027-03-31T14:00:00Z"));
    assertThat(knowledgeInvites).extracting(CalendarInvite::eventUid).containsOnly(knowledgeInvites.get(0).eventUid());

    bothPairsMeetInMarch();
    host.passTimeTo(Instant.parse("2027-04-01T12:00:00Z"));

    OpenTask register = host.task(HR, Forms.WORKSHOP_ATTENDANCE);
    assertThat((String) register.data().get(Vars.WORKSHOP_TITLE.name())).startsWith("Knowledge session 1 of 1");
    assertThat(values(register)).hasSize(4);
    host.flipside.inbox().complete(Actor.of(HR), register.id(),
        Map.of(Vars.ATTENDEE_IDS.name(), values(register).subList(0, 3)));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    logSessions("2027-04-02");
    assertThat(host.learning.delivered()).as("nothing before the pairs complete").isEmpty();

    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));

    assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).stage()).isEqualTo(Stage.EVALUATION);
    assertThat(host.tasks(MGR_FINANCE, Forms.PRE_READING)).as("unread reading closes with the sessions").isEmpty();
    assertThat(host.learning.delivered())
        .extracting(Recognition::employeeId, Recognition::programmeId, Recognition::role, Recognition::periodFrom,
            Recognition::sessionsHeld, Recognition::title)
        .containsExactlyInAnyOrder(
            tuple(FINANCE_1, programmeId, "reverse mentor", LocalDate.of(2027, 3, 1), 2,
                "Reverse mentor: Board reverse mentoring pilot"),
            tuple(OPS_1, programmeId, "reverse mentor", LocalDate.of(2027, 3, 1), 2,
                "Reverse mentor: Board reverse mentoring pilot"));
    assertThat(host.learning.delivered()).allSatisfy(recognition -> {
      assertThat(recognition.periodTo()).isAfterOrEqualTo(LocalDate.of(2027, 5, 1));
      assertThat(recognition.description()).contains("2 sessions");
    });
    assertThat(host.learning.delivered()).extracting(Recognition::id).doesNotHaveDuplicates();
  }

  @Test
  void aRecognitionTheLearningSystemRefusesWaitsAndIsDeliveredOnceItIsBack() {
    host.pilotInSessions();
    bothPairsMeetInMarch();
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.learning.goDown();

    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));

    assertThat(host.learning.refused()).isEqualTo(2);
    assertThat(host.learning.delivered()).isEmpty();
    host.learning.comeBack();
    host.passTime(Duration.ofHours(1));
    assertThat(host.learning.delivered()).extracting(Recognition::employeeId, Recognition::sessionsHeld)
        .containsExactlyInAnyOrder(tuple(FINANCE_1, 1), tuple(OPS_1, 1));
    host.passTime(Duration.ofHours(2));
    assertThat(host.learning.delivered()).as("each record is delivered once").hasSize(2);
  }

  private List<Notification> concernMessagesTo(String employeeId) {
    return host.notifier.delivered().stream()
        .filter(message -> message.topic().equals(NotificationTopics.CONCERN) && message.recipientId().equals(employeeId))
        .toList();
  }

  /** Both pairs agree, their first period opens and each logs a session on 9 March. */
  void bothPairsMeetInMarch() {
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    logSessions("2027-03-09");
  }

  void logSessions(String heldOn) {
    for (String mentee : List.of(DIR_OPS, MGR_FINANCE)) {
      host.complete(mentee, Forms.LOG_SESSION, Map.of(Vars.HELD.name(), "yes", Vars.HELD_ON.name(), heldOn, Vars.DURATION_MINUTES.name(), 60,
          Vars.FORMAT.name(), "online", Vars.CONTINUE_PAIRING.name(), "continue"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> values(OpenTask task) {
    return ((List<Map<String, Object>>) task.data().get(Vars.ATTENDEE_OPTIONS.name())).stream()
        .map(option -> (String) option.get("value")).toList();
  }
}
