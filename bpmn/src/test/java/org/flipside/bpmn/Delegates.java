package org.flipside.bpmn;

import static org.flipside.bpmn.vocabulary.BuildingBlocks.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * Mockito stand-ins for the plugin's delegate beans, one for each of the vocabulary's building blocks. Each sets
 * what its building block declares it sets, with values a test can change, and may set nothing else; the stage
 * listener records the stages the programme enters.
 */
final class Delegates {

  /** Every service-task bean a diagram may name. */
  static final List<String> BEANS = names(BuildingBlock.Kind.SERVICE_TASK);

  private final Map<BuildingBlock, JavaDelegate> delegates = new LinkedHashMap<>();
  private final ExecutionListener stageListener = mock(ExecutionListener.class);
  private final List<String> stagesEntered = new ArrayList<>();
  private int cohorts;

  /** Who is invited when recruitment opens. */
  List<String> invitees = List.of("amira", "ben");
  /** Who is invited again when the window is extended: those who have not answered. */
  List<String> uninvitedAfterExtension = List.of("ben");
  /** How many invitations one run of the sending step starts; the rest follow in later transactions. */
  int invitationBatch = 250;
  /** The round's invitations still open, as the plugin counts them in Flipside's tables. */
  private int openInvitations;
  /** The cohort's respondents' surveys still open, as the plugin counts them in Flipside's tables. */
  private int openSurveys;
  int mentorApplicants = 1;
  int menteeApplicants = 1;
  List<String> pairingIds = List.of("pairing-1");
  List<String> workshopIds = List.of("mentor-kick-off", "mentee-kick-off");
  List<String> respondentIds = List.of("amira", "ben");
  /** How many surveys one run of a survey's batch step starts; the rest follow in later transactions. */
  int surveyBatch = 250;
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
  /** Who a rematched pair's late final survey asks; nobody unless a test says. */
  List<String> lateRespondentIds = List.of();
  /** Who waits on the waitlist and is offered a place when a cohort opens; nobody unless a test says. */
  List<String> waitlistedIds = List.of();

  Delegates() {
    for (BuildingBlock block : BuildingBlocks.all()) {
      if (block != STAGE_LISTENER) {
        delegates.put(block, mock(JavaDelegate.class, block.name()));
      }
    }
    try {
      doAnswer(call -> stagesEntered.add(call.<DelegateExecution>getArgument(0).getCurrentActivityId()))
          .when(stageListener).notify(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    behave(OPEN_LATE_FINAL_SURVEY, step -> {
      step.set(Vars.LATE_RESPONDENT_IDS, lateRespondentIds);
      step.set(Vars.LATE_SURVEY_DEADLINE, inDays(14));
    });
    behave(OFFER_WAITLISTED_PLACES, step -> {
      step.set(Vars.WAITLISTED_IDS, waitlistedIds);
      step.set(Vars.PLACE_OFFER_DEADLINE, inDays(7));
    });
    behave(OPEN_RECRUITMENT, step -> {
      step.set(Vars.COHORT_ID, "cohort-" + ++cohorts);
      step.set(Vars.INVITEES, invitees);
      step.set(Vars.APPLICATION_DEADLINE, inDays(14));
      step.set(Vars.INVITATIONS_SENT, 0);
      openInvitations = invitees.size();
    });
    behave(SEND_INVITATIONS, step -> {
      List<String> all = step.get(Vars.INVITEES);
      int sent = step.get(Vars.INVITATIONS_SENT);
      int upTo = Math.min(all.size(), sent + invitationBatch);
      for (String invitee : all.subList(sent, upTo)) {
        step.execution().getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
            Processes.INVITATION, step.execution().getProcessBusinessKey(), Map.of(
                Vars.PROGRAMME_ID.name(), step.get(Vars.PROGRAMME_ID),
                Vars.COHORT_ID.name(), step.get(Vars.COHORT_ID),
                Vars.INVITEE.name(), invitee,
                Vars.APPLICATION_DEADLINE.name(), step.execution().getVariable(Vars.APPLICATION_DEADLINE.name())));
      }
      step.set(Vars.INVITATIONS_SENT, upTo);
    });
    behave(CLOSE_INVITATION, step -> step.set(Vars.EVERYONE_ANSWERED, --openInvitations == 0));
    behave(COUNT_APPLICATIONS, step -> {
      step.set(Vars.MENTOR_APPLICANTS, mentorApplicants);
      step.set(Vars.MENTEE_APPLICANTS, menteeApplicants);
    });
    behave(EXTEND_APPLICATION_WINDOW, step -> {
      step.set(Vars.APPLICATION_DEADLINE, inDays(7));
      step.set(Vars.INVITEES, uninvitedAfterExtension);
      step.set(Vars.INVITATIONS_SENT, 0);
      openInvitations = uninvitedAfterExtension.size();
    });
    behave(PROPOSE_MATCHES, step -> {
      step.set(Vars.PROPOSED_PAIRS, pairingIds.size());
    });
    behave(PUBLISH_MATCHES, step -> step.set(Vars.PAIRING_IDS, pairingIds));
    behave(SCHEDULE_WORKSHOPS, step -> {
      step.set(Vars.WORKSHOP_IDS, workshopIds);
      step.set(Vars.WORKSHOPS_HELD_BY, inDays(10));
      step.set(Vars.KICK_OFF_PLAN_BY, inDays(9));
    });
    behave(PREPARE_PAIR_JOURNEY, step -> {
      step.set(Vars.MENTOR_ID, "amira");
      step.set(Vars.MENTEE_ID, "ben");
      step.set(Vars.SESSION_CADENCE, "P1M");
      step.set(Vars.PLANNED_PERIODS, plannedPeriods);
      step.set(Vars.PULSE_PERIOD, plannedPeriods / 2 + 1);
      step.set(Vars.PARTNER_IDS, List.of("amira", "ben"));
      step.set(Vars.PERIOD_NUMBER, 0);
      step.set(Vars.MISSED_IN_A_ROW, 0);
      step.set(Vars.CHECK_IN_AFTER_MISSED, 2);
    });
    behave(OPEN_SESSION_PERIOD, step -> {
      step.set(Vars.PERIOD_NUMBER, step.get(Vars.PERIOD_NUMBER) + 1);
      step.set(Vars.PERIOD_END, inDays(30));
      step.set(Vars.REMINDER_AT, inDays(23));
    });
    behave(RECORD_SESSION, step -> step.set(Vars.MISSED_IN_A_ROW, 0));
    behave(RECORD_MISSED_SESSION, step -> step.set(Vars.MISSED_IN_A_ROW, step.get(Vars.MISSED_IN_A_ROW) + 1));
    behave(SCHEDULE_KNOWLEDGE_SESSIONS, step -> {
      List<String> ids = new ArrayList<>();
      List<Instant> ends = new ArrayList<>();
      knowledgeSessionDays.forEach((id, days) -> {
        ids.add(id);
        ends.add(inDays(days));
      });
      step.set(Vars.KNOWLEDGE_SESSION_IDS, ids);
      step.set(Vars.KNOWLEDGE_SESSION_ENDS, ends);
      step.set(Vars.KNOWLEDGE_SESSIONS_CLOSE_AT, inDays(180));
    });
    behave(ASSIGN_PRE_READING, step -> {
      step.set(Vars.MENTEE_IDS, menteeIds);
      step.set(Vars.PRE_READING_DUE, inDays(30));
      step.set(Vars.PRE_READING_CLOSES_AT, inDays(180));
    });
    behave(OPEN_FINAL_SURVEY, step -> {
      step.set(Vars.RESPONDENT_COUNT, respondentIds.size());
      step.set(Vars.SURVEY_DEADLINE, inDays(21));
      open(step);
    });
    behave(ASK_FINAL_RESPONDENTS, step -> askNext(step, Processes.FINAL_RESPONDENT, Vars.SURVEY_DEADLINE));
    behave(OPEN_BASELINE_SURVEY, step -> {
      step.set(Vars.BASELINE_RESPONDENT_COUNT, respondentIds.size());
      step.set(Vars.BASELINE_DEADLINE, inDays(baselineDays));
      open(step);
    });
    behave(ASK_BASELINE_RESPONDENTS, step -> askNext(step, Processes.BASELINE_RESPONDENT, Vars.BASELINE_DEADLINE));
    behave(CLOSE_SURVEY, step -> step.set(Vars.EVERYONE_ANSWERED, --openSurveys == 0));
    behave(RECORD_ROLLOUT_DECISION, step -> {
      step.set(Vars.YEARLY_RECURRENCE, yearlyRecurrence);
      step.set(Vars.NEXT_RECRUITMENT_AT, inDays(365));
      step.set(Vars.AMBASSADOR_IDS, ambassadorIds);
      step.set(Vars.AMBASSADOR_REPLIES_CLOSE_AT, inDays(14));
    });
  }

  /** Registers every mock under its bean name for the engine's MockExpressionManager. */
  void register() {
    delegates.forEach((block, delegate) -> Mocks.register(block.name(), delegate));
    Mocks.register(STAGE_LISTENER.name(), stageListener);
  }

  JavaDelegate get(BuildingBlock block) {
    return delegates.get(block);
  }

  /** The stage sub-processes entered so far, in order. */
  List<String> stagesEntered() {
    return stagesEntered;
  }

  /**
   * The engine's current time plus some days. It carries nanoseconds, as {@code Instant.now()} of a system clock
   * may, to prove the timers accept them.
   */
  static Instant inDays(int days) {
    return ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)).plusNanos(123_456_789);
  }

  /** The due date a timer reading the given moment (as the engine holds it, ISO-8601 text) gets: the engine keeps milliseconds. */
  static Instant dueDate(Object moment) {
    return Instant.parse(moment.toString()).truncatedTo(ChronoUnit.MILLIS);
  }

  /** Makes the block's mock do this instead, with what it may set checked against the vocabulary. */
  /** As the plugin's open-survey steps do: everyone counted open before the first survey starts. */
  private void open(Step step) {
    openSurveys = respondentIds.size();
    step.set(Vars.RESPONDENTS_TO_ASK, respondentIds);
    step.set(Vars.SURVEYS_STARTED, 0);
  }

  /**
   * As the plugin's survey batch steps do: each respondent's survey its own instance, under the programme's id, a
   * batch at a time; who is asked is gone from the lifecycle once everyone is.
   */
  private void askNext(Step step, String processKey, Var<Instant> deadline) {
    List<String> all = step.get(Vars.RESPONDENTS_TO_ASK);
    int started = step.get(Vars.SURVEYS_STARTED);
    int upTo = Math.min(all.size(), started + surveyBatch);
    for (String respondent : all.subList(started, upTo)) {
      step.execution().getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(processKey,
          step.execution().getProcessBusinessKey(), Map.of(
              Vars.PROGRAMME_ID.name(), step.execution().getProcessBusinessKey(),
              Vars.COHORT_ID.name(), step.execution().getVariable(Vars.COHORT_ID.name()),
              Vars.RESPONDENT_ID.name(), respondent,
              deadline.name(), step.execution().getVariable(deadline.name())));
    }
    step.set(Vars.SURVEYS_STARTED, upTo);
    if (upTo == all.size()) {
      step.execution().removeVariable(Vars.RESPONDENTS_TO_ASK.name());
    }
  }

  void behave(BuildingBlock block, Consumer<Step> behaviour) {
    try {
      doAnswer(call -> {
        behaviour.accept(new Step(block, call.getArgument(0)));
        return null;
      }).when(delegates.get(block)).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A mocked step at work: it reads any variable and sets only what its building block declares it sets. */
  record Step(BuildingBlock block, DelegateExecution execution) {

    @SuppressWarnings("unchecked")
    <T> T get(Var<T> var) {
      return (T) execution.getVariable(var.name());
    }

    /** Sets the variable as the engine holds it: moments as ISO-8601 text, lists as {@link ArrayList}s. */
    <T> void set(Var<T> var, T value) {
      if (!block.setsVariable(var)) {
        throw new AssertionError(block.name() + " does not declare that it sets " + var.name()
            + ": its mock may set only " + block.sets());
      }
      execution.setVariable(var.name(), held(value));
    }

    private static Object held(Object value) {
      if (value instanceof Instant) {
        return value.toString();
      }
      if (value instanceof Collection<?> values) {
        return new ArrayList<>(values.stream().map(Step::held).toList());
      }
      return value;
    }
  }

  private static List<String> names(BuildingBlock.Kind kind) {
    return BuildingBlocks.all().stream().filter(block -> block.kind() == kind).map(BuildingBlock::name).toList();
  }

}
