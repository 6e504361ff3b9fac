package org.flipside.internal.delegate.scoping;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.BandOrder;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.FormChoices;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.matching.MatchingSettingsFields;
import org.flipside.internal.delegate.recruitment.EligiblePool;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;

/**
 * Writes the pilot's scope and matching rules onto the programme, after checking the rules that span several
 * fields of the scoping form (whose written answers its handler, {@link ScopeAnswers}, kept already): among them,
 * that the application window closes before sessions start and that the audience holds enough eligible people on
 * each side for the cohort, so the sponsor is never asked to sign off a plan that cannot work.
 */
public final class RecordScope implements JavaDelegate {

  /** A pilot scoped further ahead than this is a typing mistake, not a plan. */
  static final Period LONGEST_RUN_UP = Period.ofYears(2);

  private final DelegateContext context;

  public RecordScope(DelegateContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = context.programme(execution);
    int mentorMaximumBand = Variables.answer(execution, Vars.MENTOR_MAXIMUM_BAND);
    int menteeMinimumBand = Variables.answer(execution, Vars.MENTEE_MINIMUM_BAND);
    int minimumBandGap = Variables.answer(execution, Vars.MINIMUM_BAND_GAP);
    LocalDate sessionsStart = Variables.optional(execution, Vars.SESSIONS_START);
    String cadence = Variables.require(execution, Vars.SESSION_CADENCE);
    int windowDays = Variables.answer(execution, Vars.APPLICATION_WINDOW_DAYS);

    List<FieldError> errors = new ArrayList<>();
    BandOrder.problem(programme, mentorMaximumBand, menteeMinimumBand).ifPresent(errors::add);
    if (programme.getMode() == ProgrammeMode.REVERSE && minimumBandGap < 1) {
      errors.add(new FieldError(Vars.MINIMUM_BAND_GAP.name(), "must be at least 1 in a reverse programme"));
    }
    if (sessionsStart == null) {
      errors.add(new FieldError(Vars.SESSIONS_START.name(), "is required"));
    } else if (sessionsStart.isBefore(LocalDate.ofInstant(context.now(), ZoneOffset.UTC))) {
      errors.add(new FieldError(Vars.SESSIONS_START.name(), "must not be in the past"));
    } else if (sessionsStart.isAfter(LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plus(LONGEST_RUN_UP))) {
      errors.add(new FieldError(Vars.SESSIONS_START.name(), "must be within " + LONGEST_RUN_UP.getYears()
          + " years of today"));
    } else {
      windowProblem(windowDays, sessionsStart).ifPresent(errors::add);
    }
    try {
      Period.parse(cadence);
    } catch (RuntimeException e) {
      errors.add(new FieldError(Vars.SESSION_CADENCE.name(), "must be an ISO-8601 period such as P1M"));
    }
    List<String> namedEmployees = namedList(execution, Vars.RECRUIT_EMPLOYEES, errors);
    List<String> namedMentors = namedList(execution, Vars.RECRUIT_MENTOR_EMPLOYEES, errors);
    List<String> namedMentees = namedList(execution, Vars.RECRUIT_MENTEE_EMPLOYEES, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    MatchingSettingsFields.apply(execution, programme);
    applyAgreementTemplate(execution, programme);
    SupportSettingsFields.apply(execution, programme);

    programme.setCohortSize(Variables.answer(execution, Vars.COHORT_SIZE));
    programme.setApplicationWindowDays(windowDays);
    programme.setSessionsStart(sessionsStart);
    programme.setDurationMonths(Variables.answer(execution, Vars.DURATION_MONTHS));
    programme.setSessionCadence(cadence);
    programme.setMentorMaximumBand(mentorMaximumBand);
    programme.setMenteeMinimumBand(menteeMinimumBand);
    programme.setMinimumBandGap(minimumBandGap);
    programme.getAudience().limitTo(lines(execution, Vars.RECRUIT_DEPARTMENTS),
        lines(execution, Vars.RECRUIT_HOST_GROUPS), namedEmployees);
    programme.getAudience().limitSides(lines(execution, Vars.RECRUIT_MENTOR_HOST_GROUPS), namedMentors,
        lines(execution, Vars.RECRUIT_MENTEE_HOST_GROUPS), namedMentees);
    // the scope is recorded before the pool is counted, as recruitment will count it; a refusal rolls it all back
    EligiblePool pool = EligiblePool.of(programme, execution.getProcessEngineServices().getRepositoryService(),
        context.directory());
    long mostPairs = pool.mostPairs(programme.matchingRules().hard());
    if (programme.getCohortSize() > mostPairs) {
      throw ValidationException.of(Vars.COHORT_SIZE.name(), "asks for " + programme.getCohortSize()
          + " pairs, but " + pool.describe(programme) + ", enough for " + mostPairs
          + ": widen the bands or the audience, or plan fewer pairs");
    }
  }

  /** The application window, opened by a sign-off today, must close before the sessions start. */
  private Optional<FieldError> windowProblem(int windowDays, LocalDate sessionsStart) {
    LocalDate windowEnds = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(windowDays);
    if (!windowEnds.isAfter(sessionsStart)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError(Vars.APPLICATION_WINDOW_DAYS.name(), "would end on " + windowEnds
        + " if the sponsor signed off today, after sessions start on " + sessionsStart
        + ": shorten the window or start the sessions later"));
  }

  /** A named list's employee ids; an id the directory does not know is an error naming the field. */
  private List<String> namedList(DelegateExecution execution, Var<String> field, List<FieldError> errors) {
    List<String> named = lines(execution, field);
    List<String> unknown = named.stream().map(String::strip)
        .filter(id -> !id.isEmpty() && !context.directory().knows(id)).toList();
    if (!unknown.isEmpty()) {
      errors.add(new FieldError(field.name(), "names employees the directory does not know: "
          + String.join(", ", unknown)));
    }
    return named;
  }

  /** A textarea's answer, one item a line; none when left empty. */
  private static List<String> lines(DelegateExecution execution, Var<String> field) {
    String answer = Variables.optional(execution, field);
    return answer == null ? List.of() : answer.lines().toList();
  }

  /** The learning agreement template; a field left out keeps its default (the mentee arranges, online). */
  private static void applyAgreementTemplate(DelegateExecution execution, Programme programme) {
    String arranger = Variables.optional(execution, Vars.AGREEMENT_ARRANGER);
    if (arranger != null) {
      programme.setAgreementArranger(FormChoices.role(arranger));
    }
    String format = Variables.optional(execution, Vars.AGREEMENT_MEETING_FORMAT);
    if (format != null) {
      programme.setAgreementMeetingFormat(FormChoices.meetingFormat(format));
    }
    Boolean protectedTime = Variables.optional(execution, Vars.AGREEMENT_PROTECTED_TIME);
    if (protectedTime != null) {
      programme.setAgreementProtectedTime(protectedTime);
    }
  }
}
