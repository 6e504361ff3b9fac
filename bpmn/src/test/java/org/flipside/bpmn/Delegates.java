package org.flipside.bpmn;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Mockito stand-ins for the plugin's delegate beans. Each sets the variables the real delegate
 * sets, with values a test can change, and records the stages the programme enters.
 */
final class Delegates {

  /** Every bean the two processes name, besides the stage listener. */
  static final List<String> BEANS = List.of(
      "recordScope", "recordSponsorApproval",
      "openRecruitment", "countApplications", "extendApplicationWindow",
      "approveApplicants", "cancelProgramme",
      "proposeMatches", "discardProposal", "publishMatches",
      "scheduleWorkshops", "prepareAttendanceRegister", "saveAttendance",
      "openBaselineSurvey", "openFinalSurvey", "compileEvaluation", "compileReport",
      "recordRolloutDecision", "recordAmbassadorAnswer", "closeProgramme",
      "preparePairJourney", "recordLearningAgreement", "recordAgreementConfirmed", "openSessionPeriod",
      "recordSession", "recordMissedSession", "endPairingEarly", "completePairing",
      "remindArranger", "endPairingAfterCheckIn", "declineAgreementChange",
      "applySupportDecision", "closePairingForHostEvent",

      // concerns, knowledge sessions and pre-reading
      "escalateConcern", "recordConcernAcknowledged", "recordConcernOutcome",
      "scheduleKnowledgeSessions", "assignPreReading");

  /** Execution listeners the diagrams name, besides the stage listener, mocked like the delegates. */
  static final List<String> LISTENER_BEANS = List.of("eraseUndecidedSupportNote");

  private final Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
  private final ExecutionListener stageListener = mock(ExecutionListener.class);
  private final List<String> stagesEntered = new ArrayList<>();
  private int cohorts;

  /** Who is invited when recruitment opens. */
  List<String> invitees = List.of("amira", "ben");
  /** Who is invited again when the window is extended: those who have not answered. */
  List<String> uninvitedAfterExtension = List.of("ben");
  int mentorApplicants = 1;
  int menteeApplicants = 1;
  List<String> pairingIds = List.of("pairing-1");
  List<String> workshopIds = List.of("mentor-kick-off", "mentee-kick-off");
  List<String> respondentIds = List.of("amira", "ben");
  int plannedPeriods = 1;
  /** The knowledge sessions scheduled, each held the given number of days from now; none unless a test says. */
  Map<String, Integer> knowledgeSessionDays = Map.of();
  /** The mentees given pre-reading; none unless a test says. */
  List<String> menteeIds = List.of();
  /** How long before sessions start, and the baseline survey closes. */
  int baselineDays = 20;
  /** Who the rollout decision asks to be ambassadors; nobody unless a test says. */
  List<String> ambassadorIds = List.of();
  /** Whether the rollout decision sets the yearly cycle. */
  boolean yearlyRecurrence;

  Delegates() {
    for (String bean : BEANS) {
      delegates.put(bean, mock(JavaDelegate.class, bean));
    }
    for (String bean : LISTENER_BEANS) {
      delegates.put(bean, mock(JavaDelegate.class, bean));
    }
    try {
      doAnswer(call -> stagesEntered.add(call.<DelegateExecution>getArgument(0).getCurrentActivityId()))
          .when(stageListener).notify(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    behave("openRecruitment", execution -> {
      execution.setVariable("cohortId", "cohort-" + ++cohorts);
      execution.setVariable("invitees", new ArrayList<>(invitees));
      execution.setVariable("applicationDeadline", inDays(14));
    });
    behave("countApplications", execution -> {
      execution.setVariable("mentorApplicants", mentorApplicants);
      execution.setVariable("menteeApplicants", menteeApplicants);
      execution.setVariable("applicationOptions", options("application-1", "Amira — mentor, band 3, Finance"));
    });
    behave("extendApplicationWindow", execution -> {
      execution.setVariable("applicationDeadline", inDays(7));
      execution.setVariable("invitees", new ArrayList<>(uninvitedAfterExtension));
    });
    behave("proposeMatches", execution -> {
      execution.setVariable("proposedPairs", pairingIds.size());
      execution.setVariable("matchSummary", "Everyone is matched.");
      execution.setVariable("pairingOptions", options("pairing-1", "Amira mentors Ben"));
    });
    behave("publishMatches", execution -> execution.setVariable("pairingIds", new ArrayList<>(pairingIds)));
    behave("scheduleWorkshops", execution -> {
      execution.setVariable("workshopIds", new ArrayList<>(workshopIds));
      execution.setVariable("workshopsHeldBy", inDays(10));
    });
    behave("prepareAttendanceRegister", execution -> {
      execution.setVariable("workshopTitle", "Kick-off: " + execution.getVariable("workshopId"));
      execution.setVariable("attendeeOptions", options("participant-1", "Amira"));
    });
    behave("preparePairJourney", execution -> {
      execution.setVariable("mentorId", "amira");
      execution.setVariable("menteeId", "ben");
      execution.setVariable("sessionCadence", "P1M");
      execution.setVariable("plannedPeriods", plannedPeriods);
      execution.setVariable("pulsePeriod", plannedPeriods / 2 + 1);
      execution.setVariable("partnerIds", new ArrayList<>(List.of("amira", "ben")));
      execution.setVariable("periodNumber", 0);
      execution.setVariable("missedInARow", 0);
    });
    behave("recordLearningAgreement",
        execution -> execution.setVariable("agreementSummary", "Online, monthly; Ben sends the invitations."));
    behave("openSessionPeriod", execution -> {
      execution.setVariable("periodNumber", (Integer) execution.getVariable("periodNumber") + 1);
      execution.setVariable("periodEnd", inDays(30));
      execution.setVariable("reminderAt", inDays(23));
    });
    behave("recordSession", execution -> execution.setVariable("missedInARow", 0));
    behave("recordMissedSession", execution ->
        execution.setVariable("missedInARow", (Integer) execution.getVariable("missedInARow") + 1));
    behave("scheduleKnowledgeSessions", execution -> {
      ArrayList<String> ids = new ArrayList<>();
      ArrayList<String> ends = new ArrayList<>();
      knowledgeSessionDays.forEach((id, days) -> {
        ids.add(id);
        ends.add(inDays(days));
      });
      execution.setVariable("knowledgeSessionIds", ids);
      execution.setVariable("knowledgeSessionEnds", ends);
      execution.setVariable("knowledgeSessionsCloseAt", inDays(180));
    });
    behave("assignPreReading", execution -> {
      execution.setVariable("menteeIds", new ArrayList<>(menteeIds));
      execution.setVariable("preReadingText", "- The programme guide\n- Two short videos\n- The glossary");
      execution.setVariable("preReadingDue", inDays(30));
      execution.setVariable("preReadingClosesAt", inDays(180));
    });
    behave("openFinalSurvey", execution -> {
      execution.setVariable("respondentIds", new ArrayList<>(respondentIds));
      execution.setVariable("surveyDeadline", inDays(21));
    });
    behave("openBaselineSurvey", execution -> {
      execution.setVariable("baselineRespondentIds", new ArrayList<>(respondentIds));
      execution.setVariable("baselineDeadline", inDays(baselineDays));
    });
    behave("recordRolloutDecision", execution -> {
      execution.setVariable("yearlyRecurrence", yearlyRecurrence);
      execution.setVariable("nextRecruitmentAt", inDays(365));
      execution.setVariable("ambassadorIds", new ArrayList<>(ambassadorIds));
      execution.setVariable("ambassadorRepliesCloseAt", inDays(14));
    });
    behave("compileReport",
        execution -> execution.setVariable("evaluationHeadline", "2 people answered both surveys."));
  }

  /** Registers every mock under its bean name for the engine's MockExpressionManager. */
  void register() {
    delegates.forEach(Mocks::register);
    Mocks.register("stageListener", stageListener);
  }

  JavaDelegate get(String bean) {
    return delegates.get(bean);
  }

  /** The stage sub-processes entered so far, in order. */
  List<String> stagesEntered() {
    return stagesEntered;
  }

  /**
   * The engine's current time plus some days, as the ISO-8601 text the timers read. It carries
   * nanoseconds, as {@code Instant.toString()} of a system clock may, to prove the timers accept them.
   */
  static String inDays(int days) {
    return ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)).plusNanos(123_456_789).toString();
  }

  /** The due date a timer reading the given ISO-8601 text gets: the engine keeps milliseconds. */
  static Instant dueDate(String isoDateTime) {
    return Instant.parse(isoDateTime).truncatedTo(ChronoUnit.MILLIS);
  }

  void behave(String bean, Consumer<DelegateExecution> behaviour) {
    try {
      doAnswer(call -> {
        behaviour.accept(call.getArgument(0));
        return null;
      }).when(delegates.get(bean)).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ArrayList<Map<String, String>> options(String value, String label) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("value", value);
    option.put("label", label);
    ArrayList<Map<String, String>> options = new ArrayList<>();
    options.add(option);
    return options;
  }
}
