package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flipside.it.ProcessOwnerEdits.AGREEMENT_BODY;
import static org.flipside.it.ProcessOwnerEdits.AGREEMENT_SUBJECT;
import static org.flipside.it.ProcessOwnerEdits.AGREEMENT_TOPIC;
import static org.flipside.it.ProcessOwnerEdits.PAIR_JOURNEY_FILE;
import static org.flipside.it.ProcessOwnerEdits.TELL_PARTNERS;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.MigrationCandidate;
import org.flipside.api.MigrationReport;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessResource;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProcessVersion;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Recipients;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.CalendarInvite;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner changes Flipside's own diagrams as they would in Camunda Modeler, deploys them through the API,
 * and programmes run on the change; broken changes are refused with nothing deployed.
 */
abstract class ProcessOwnerChangesContract extends HostedContract {

  private static final Actor OWNER = Actor.of(ProcessLibraryContract.OWNER);
  private static final String MENTEE = TestOrganisation.DIR_OPS;
  private static final String MENTOR = TestOrganisation.FINANCE_1;

  @BeforeEach
  void appointProcessOwner() {
    host.organisation.grant(ProcessLibraryContract.OWNER, FlipsideRoles.PROCESS_OWNER);
  }

  private ProcessLibrary library() {
    return host.flipside.processLibrary();
  }

  private List<Integer> versionsOf(String processKey) {
    return library().versions(OWNER).stream().filter(version -> version.processKey().equals(processKey))
        .map(ProcessVersion::version).toList();
  }

  private List<Notification> agreementNotifications() {
    return host.notifier.delivered().stream().filter(message -> message.topic().equals(AGREEMENT_TOPIC)).toList();
  }

  @Test
  void aNotifyStepAddedAfterTheAgreementTellsBothPartnersWhatTheProcessOwnerWrote() {
    ProcessDeployment deployment = library().deploy(OWNER, "tell the partners",
        List.of(ProcessOwnerEdits.pairJourneyTellingPartners()));
    assertThat(deployment.processes()).extracting(ProcessVersion::processKey, ProcessVersion::version)
        .containsExactly(tuple(Processes.PAIR_JOURNEY, 2));

    host.pilotInSessions();
    host.agree(MENTEE, MENTOR);

    assertThat(agreementNotifications())
        .extracting(Notification::recipientId, Notification::subject, Notification::body)
        .containsExactlyInAnyOrder(tuple(MENTEE, AGREEMENT_SUBJECT, AGREEMENT_BODY),
            tuple(MENTOR, AGREEMENT_SUBJECT, AGREEMENT_BODY));
  }

  @Test
  void aNotifyStepWithRecipientsTheTemplateDoesNotOfferOrWithoutItsMessageIsRefusedNamingTheStep() {
    for (ProcessResource broken : List.of(ProcessOwnerEdits.pairJourneyNotifying("everyone", true),
        ProcessOwnerEdits.pairJourneyNotifying(Recipients.PARTNERS, false))) {
      assertThatThrownBy(() -> library().deploy(OWNER, "tell the partners", List.of(broken)))
          .isInstanceOfSatisfying(InvalidProcessesException.class, refused ->
              assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.resource()).isEqualTo(PAIR_JOURNEY_FILE);
                assertThat(problem.elementId()).isEqualTo(TELL_PARTNERS);
                assertThat(problem.message()).containsAnyOf("'everyone'", Vars.NOTIFICATION_BODY.name());
              }));
    }

    assertThat(versionsOf(Processes.PAIR_JOURNEY)).containsExactly(1);
    host.pilotInSessions();
    host.agree(MENTEE, MENTOR);
    assertThat(agreementNotifications()).isEmpty();
  }

  @Test
  void pairJourneysWaitingForTheirAgreementMoveToTheNotifyStepAndFinishTheAgreementOnIt() {
    host.pilotInSessions();
    String target = library().deploy(OWNER, "tell the partners", List.of(ProcessOwnerEdits.pairJourneyTellingPartners()))
        .processes().get(0).definitionId();

    MigrationReport preview = library().previewMigration(OWNER, target);
    assertThat(preview.moved()).as("both pairs' journeys").hasSize(2);
    assertThat(preview.notMoved()).isEmpty();
    MigrationReport report = library().migrate(OWNER, target);

    assertThat(report.moved()).extracting(MigrationCandidate::processKey, MigrationCandidate::fromVersion)
        .containsOnly(tuple(Processes.PAIR_JOURNEY, 1)).hasSize(2);
    host.agree(MENTEE, MENTOR);
    assertThat(agreementNotifications()).extracting(Notification::recipientId).containsExactlyInAnyOrder(MENTEE, MENTOR);
  }

  @Test
  void aLifecycleThatStillTestsTheRespondentListIsGivenItAndWaitsForTheAnswers() {
    library().deploy(OWNER, "drawn against 1.0", List.of(ProcessOwnerEdits.lifecycleTestingTheRespondentLists()));
    String programmeId = host.pilotAwaitingMatchReview();
    host.complete(TestOrganisation.HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));

    assertThat(host.tasks(MENTEE, Forms.BASELINE_SURVEY)).hasSize(1);
    assertThat(host.lifecycleVariables(programmeId)).as("the deprecated list its diagram reads, beside the count")
        .containsEntry(Vars.BASELINE_RESPONDENT_COUNT.name(), 4L).containsKey("baselineRespondentIds");
    assertThat(host.database.count("act_ru_event_subscr", "event_name_ like 'flipside-everyone-answered-%'"))
        .as("the lifecycle waits for everyone answered").isOne();
  }

  @Test
  void aUserTaskWithANewFormBetweenTheWorkshopsAndTheSessionsHoldsTheSessionsBackUntilItIsDone() {
    ProcessDeployment deployment = library().deploy(OWNER, "code of conduct",
        List.of(ProcessOwnerEdits.lifecycleWithCodeOfConduct(), ProcessOwnerEdits.codeOfConductForm(false)));
    assertThat(deployment.processes()).extracting(ProcessVersion::processKey, ProcessVersion::version)
        .containsExactly(tuple(Processes.LIFECYCLE, 2));

    host.pilotInSessions();

    assertThat(host.tasks(MENTEE, Forms.LEARNING_AGREEMENT)).as("the sessions wait for the new step").isEmpty();
    shareCodeOfConduct();
    assertThat(host.tasks(MENTEE, Forms.LEARNING_AGREEMENT)).as("then the sessions begin").hasSize(1);
  }

  @Test
  void aRunningProgrammeMovesToTheVersionWithTheNewStepAndMeetsItAfterItsWorkshops() {
    host.pilotAwaitingMatchReview();
    String target = library().deploy(OWNER, "code of conduct",
            List.of(ProcessOwnerEdits.lifecycleWithCodeOfConduct(), ProcessOwnerEdits.codeOfConductForm(false)))
        .processes().get(0).definitionId();

    MigrationReport report = library().migrate(OWNER, target);

    assertThat(report.moved()).extracting(MigrationCandidate::processKey, MigrationCandidate::fromVersion)
        .containsExactly(tuple(Processes.LIFECYCLE, 1));
    assertThat(report.notMoved()).isEmpty();
    host.complete(TestOrganisation.HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    host.tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE).forEach(register -> host.flipside.inbox().complete(
        Actor.of(TestOrganisation.HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of())));
    shareCodeOfConduct();
    assertThat(host.tasks(MENTEE, Forms.LEARNING_AGREEMENT)).hasSize(1);
  }

  @Test
  void aNewFormAskingForFreeTextIsRefusedNamingTheFieldAndNothingIsDeployed() {
    assertThatThrownBy(() -> library().deploy(OWNER, "code of conduct",
        List.of(ProcessOwnerEdits.lifecycleWithCodeOfConduct(), ProcessOwnerEdits.codeOfConductForm(true))))
        .isInstanceOfSatisfying(InvalidProcessesException.class, refused ->
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
              assertThat(problem.resource()).isEqualTo(ProcessOwnerEdits.CODE_OF_CONDUCT_FILE);
              assertThat(problem.elementId()).isEqualTo("Reactions");
              assertThat(problem.message()).contains("conductReactions", "never free text");
            }));

    assertThat(versionsOf(Processes.LIFECYCLE)).containsExactly(1);
  }

  private void shareCodeOfConduct() {
    host.complete(TestOrganisation.HR, ProcessOwnerEdits.CODE_OF_CONDUCT_FORM_ID,
        Map.of(ProcessOwnerEdits.CODE_OF_CONDUCT_SHARED, true));
  }

  @Test
  void withoutTheKnowledgeSessionsANewProgrammesSessionsHaveNoPreReadingAndNoKnowledgeSession() {
    ProcessDeployment deployment = library().deploy(OWNER, "no knowledge sessions",
        List.of(ProcessOwnerEdits.lifecycleWithoutKnowledgeSessions()));
    assertThat(deployment.processes()).extracting(ProcessVersion::processKey, ProcessVersion::version)
        .containsExactly(tuple(Processes.LIFECYCLE, 2));

    host.pilotInSessions();
    host.agree(MENTEE, MENTOR);
    host.passTimeTo(Instant.parse("2027-04-01T12:00:00Z"));

    assertThat(host.tasks(MENTEE, Forms.PRE_READING)).isEmpty();
    assertThat(host.calendar.delivered()).extracting(CalendarInvite::summary)
        .noneMatch(summary -> summary.startsWith("Knowledge session"));
    assertThat(host.tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE)).as("no knowledge session to register")
        .isEmpty();
    assertThat(host.tasks(MENTEE, Forms.LOG_SESSION)).as("the pairs meet on").isNotEmpty();
  }

  @Test
  void aProgrammeInMatchingMovesToTheVersionWithoutKnowledgeSessionsAndHoldsNone() {
    host.pilotAwaitingMatchReview();
    String target = library().deploy(OWNER, "no knowledge sessions",
        List.of(ProcessOwnerEdits.lifecycleWithoutKnowledgeSessions())).processes().get(0).definitionId();

    assertThat(library().migrate(OWNER, target).moved()).extracting(MigrationCandidate::processKey)
        .containsExactly(Processes.LIFECYCLE);
    host.complete(TestOrganisation.HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    host.tasks(TestOrganisation.HR, Forms.WORKSHOP_ATTENDANCE).forEach(register -> host.flipside.inbox().complete(
        Actor.of(TestOrganisation.HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of())));
    host.agree(MENTEE, MENTOR);
    host.passTimeTo(Instant.parse("2027-04-01T12:00:00Z"));

    assertThat(host.tasks(MENTEE, Forms.PRE_READING)).isEmpty();
    assertThat(host.calendar.delivered()).extracting(CalendarInvite::summary)
        .noneMatch(summary -> summary.startsWith("Knowledge session"));
    assertThat(host.tasks(MENTEE, Forms.LOG_SESSION)).as("the pairs meet on").isNotEmpty();
  }

  @Test
  void fortnightlyPeriodsSetInTheDiagramRemindTheArrangerAWeekBeforeTheFortnightEnds() {
    ProcessDeployment deployment = library().deploy(OWNER, "fortnightly sessions",
        List.of(ProcessOwnerEdits.pairJourneyWithPeriodsOf("P2W")));
    assertThat(deployment.processes()).extracting(ProcessVersion::version).containsExactly(2);

    host.pilotInSessions();
    host.agree(MENTEE, MENTOR);
    host.passTimeTo(Instant.parse("2027-03-08T12:00:00Z"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_REMINDER))
        .as("the scope said a month, which would remind on 25 March; the diagram says a fortnight from 1 March")
        .containsExactly(MENTEE);
  }

  @Test
  void pairJourneysWaitingForTheirAgreementMoveToFortnightlyPeriods() {
    host.pilotInSessions();
    String target = library().deploy(OWNER, "fortnightly sessions",
        List.of(ProcessOwnerEdits.pairJourneyWithPeriodsOf("P2W"))).processes().get(0).definitionId();

    assertThat(library().migrate(OWNER, target).moved()).as("both pairs' journeys").hasSize(2);
    host.agree(MENTEE, MENTOR);
    host.passTimeTo(Instant.parse("2027-03-08T12:00:00Z"));

    assertThat(host.notifier.recipientsOf(NotificationTopics.SESSION_REMINDER)).containsExactly(MENTEE);
  }

  @Test
  void aCadenceThatIsNoPeriodIsRefusedNamingTheStepAndNothingIsDeployed() {
    assertThatThrownBy(() -> library().deploy(OWNER, "fortnightly sessions",
        List.of(ProcessOwnerEdits.pairJourneyWithPeriodsOf("fortnightly"))))
        .isInstanceOfSatisfying(InvalidProcessesException.class, refused ->
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
              assertThat(problem.resource()).isEqualTo(PAIR_JOURNEY_FILE);
              assertThat(problem.elementId()).isEqualTo(ProcessOwnerEdits.openSessionPeriodStep());
              assertThat(problem.message()).contains(Vars.SESSION_CADENCE.name(), "'fortnightly'");
            }));

    assertThat(versionsOf(Processes.PAIR_JOURNEY)).containsExactly(1);
  }
}
