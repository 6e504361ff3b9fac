package org.flipside.internal.delegate.rollout;

import static org.flipside.spi.NotificationParameter.MENTEE_MINIMUM_BAND;
import static org.flipside.spi.NotificationParameter.MENTOR_MAXIMUM_BAND;
import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.CohortStatus;
import org.flipside.model.Programme;
import org.flipside.spi.NotificationParameter;
import org.flipside.spi.NotificationTopic;

/**
 * Records the rollout decision; the cohort that was evaluated is complete either way. Expanding widens the bands
 * the next cohort recruits from and asks the cohort's people who completed it to be ambassadors; a cascade invites
 * its mentors back; a yearly cycle opens each later recruitment a year after the one before; the next cohort may be
 * larger or smaller than this one.
 */
public final class RecordRolloutDecision implements JavaDelegate {

  /** How long the people asked to be ambassadors have to answer; the next cohort does not wait for them. */
  static final Duration AMBASSADOR_REPLY_WINDOW = Duration.ofDays(14);

  private final DelegateContext context;

  public RecordRolloutDecision(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    String decision = Variables.require(execution, Vars.ROLLOUT_DECISION);
    boolean goesOn = !Answers.STOP.equals(decision);
    boolean cascade = Variables.flag(execution, Vars.CASCADE);
    boolean yearly = Variables.flag(execution, Vars.YEARLY);
    WiderAudience wider = new WiderAudience(Variables.optional(execution, Vars.MENTOR_MAXIMUM_BAND),
        Variables.optional(execution, Vars.MENTEE_MINIMUM_BAND));
    Integer nextCohortSize = Variables.optional(execution, Vars.NEXT_COHORT_SIZE);
    refuseChoicesThatDoNotApply(decision, wider, cascade, yearly, nextCohortSize);
    if (Answers.EXPAND.equals(decision)) {
      wider.applyTo(programme);
    }
    if (nextCohortSize != null) {
      programme.setCohortSize(nextCohortSize);
    }
    boolean yearlyCycle = goesOn && (yearly || programme.isRolloutYearly());
    // the decision form's handler kept the sponsor's reasons on the programme
    String rationale = programme.getRolloutRationale();
    programme.decideRollout(decision, rationale, cascade, yearlyCycle, context.now());
    cohort.setStatus(CohortStatus.COMPLETED);

    List<String> ambassadors = Answers.EXPAND.equals(decision) ? CompletedParticipants.of(context, cohort) : List.of();
    Variables.set(execution, Vars.YEARLY_RECURRENCE, yearlyCycle);
    Variables.set(execution, Vars.NEXT_RECRUITMENT_AT, aYearAfter(cohort.getOpenedAt()));
    Variables.set(execution, Vars.AMBASSADOR_IDS, ambassadors);
    Variables.set(execution, Vars.AMBASSADORS_FROM_COHORT_ID, cohort.getId());
    Variables.set(execution, Vars.AMBASSADOR_REPLIES_CLOSE_AT, context.now().plus(AMBASSADOR_REPLY_WINDOW));

    Message told = Message.of(NotificationTopic.ROLLOUT_DECISION).with(PROGRAMME, programme.getId())
        .with(NotificationParameter.ROLLOUT_DECISION, decision).with(NOTE, Objects.toString(rationale, ""));
    if (programme.getMentorMaximumBand() != null) {
      told.with(MENTOR_MAXIMUM_BAND, programme.getMentorMaximumBand());
    }
    if (programme.getMenteeMinimumBand() != null) {
      told.with(MENTEE_MINIMUM_BAND, programme.getMenteeMinimumBand());
    }
    context.tellManager(programme, told);
    for (String ambassador : ambassadors) {
      context.notifications().send(ambassador,
          Message.of(NotificationTopic.AMBASSADOR_INVITATION).with(PROGRAMME, programme.getId()));
    }
  }

  /**
   * Cascade, a yearly cycle, the next cohort's size and wider bands are choices for a programme that goes on; bands
   * only for expanding.
   */
  private static void refuseChoicesThatDoNotApply(String decision, WiderAudience wider, boolean cascade,
      boolean yearly, Integer nextCohortSize) {
    List<FieldError> errors = new ArrayList<>();
    if (Answers.STOP.equals(decision) && nextCohortSize != null) {
      errors.add(new FieldError(Vars.NEXT_COHORT_SIZE.name(), "applies only when another cohort follows"));
    } else if (nextCohortSize != null && nextCohortSize < 1) {
      errors.add(new FieldError(Vars.NEXT_COHORT_SIZE.name(), "must be at least 1"));
    }
    if (!Answers.EXPAND.equals(decision) && wider.mentorMaximumBand() != null) {
      errors.add(new FieldError(Vars.MENTOR_MAXIMUM_BAND.name(), "applies only when the programme expands"));
    }
    if (!Answers.EXPAND.equals(decision) && wider.menteeMinimumBand() != null) {
      errors.add(new FieldError(Vars.MENTEE_MINIMUM_BAND.name(), "applies only when the programme expands"));
    }
    if (Answers.STOP.equals(decision) && cascade) {
      errors.add(new FieldError(Vars.CASCADE.name(), "applies only when another cohort follows"));
    }
    if (Answers.STOP.equals(decision) && yearly) {
      errors.add(new FieldError(Vars.YEARLY.name(), "applies only when another cohort follows"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** A year after the evaluated cohort's recruitment opened, or now when that has passed. */
  private Instant aYearAfter(Instant openedAt) {
    Instant next = openedAt.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    return next.isBefore(context.now()) ? context.now() : next;
  }
}
