package org.flipside.internal.delegate.workshops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/**
 * A liaison's plan of the cohort's kick-off workshops. The form shows the mentors' and the mentees' workshops as the
 * process proposed them (or as the programme team has moved them since), with their day, start and place filled in;
 * a workshop the liaison changes moves through {@link EventMoves}, exactly as {@code ProgrammeEvents.move} moves it,
 * keeping its length. The engine receives nothing.
 */
public final class KickOffPlans implements AnswerStore {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** One kick-off workshop's fields on the form. */
  private record Side(WorkshopKind kind, String who, Var<LocalDate> on, Var<String> time, Var<String> place) {}

  private static final List<Side> SIDES = List.of(
      new Side(WorkshopKind.MENTOR_KICK_OFF, "Mentors", Vars.MENTORS_KICK_OFF_ON, Vars.MENTORS_KICK_OFF_TIME,
          Vars.MENTORS_KICK_OFF_PLACE),
      new Side(WorkshopKind.MENTEE_KICK_OFF, "Mentees", Vars.MENTEES_KICK_OFF_ON, Vars.MENTEES_KICK_OFF_TIME,
          Vars.MENTEES_KICK_OFF_PLACE));

  private final DelegateContext context;
  private final TaskVariables variables;
  private final EventMoves moves;

  public KickOffPlans(DelegateContext context, TaskVariables variables, EventMoves moves) {
    this.context = context;
    this.variables = variables;
    this.moves = moves;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.KICK_OFF_PLAN.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Map<String, Object> shown = new HashMap<>();
    List<String> brief = new ArrayList<>();
    for (Side side : SIDES) {
      kickOff(task, side).ifPresent(workshop -> {
        brief.add("**" + side.who() + ":** " + workshop.getTitle() + ", "
            + SHOWN.format(workshop.getScheduledAt().atZone(ZoneOffset.UTC)) + " UTC for "
            + workshop.getDurationMinutes() + " minutes, " + workshop.getPlace() + "; "
            + EventInvitees.of(context, workshop).size() + " invited.");
        shown.put(side.on().name(), workshop.getScheduledAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        shown.put(side.time().name(), TIME.format(workshop.getScheduledAt().atZone(ZoneOffset.UTC)));
        shown.put(side.place().name(), workshop.getPlace());
      });
    }
    shown.put(Vars.KICK_OFF_PLAN_BRIEF.name(), String.join("\n\n", brief));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    Map<Workshop, Instant> starts = new HashMap<>();
    for (Side side : SIDES) {
      Optional<Workshop> kickOff = kickOff(task, side);
      Optional<Instant> start = kickOff.isPresent() ? start(side, values, errors) : Optional.empty();
      if (start.isPresent() && !start.get().isAfter(context.now())) {
        errors.add(new FieldError(side.on().name(), start.get() + " is in the past: a workshop is planned for the"
            + " future"));
      } else {
        start.ifPresent(at -> starts.put(kickOff.get(), at));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    for (Side side : SIDES) {
      kickOff(task, side).filter(starts::containsKey).ifPresent(workshop -> {
        Instant start = starts.get(workshop);
        String place = String.valueOf(values.get(side.place().name())).strip();
        if (!start.equals(workshop.getScheduledAt()) || !place.equals(workshop.getPlace())) {
          move(side, workshop, start, place);
        }
      });
    }
    return SteeringAnswers.except(values, SIDES.stream()
        .flatMap(side -> Stream.<Var<?>>of(side.on(), side.time(), side.place()))
        .toArray(Var<?>[]::new));
  }

  /** Moves the workshop, naming the form's own fields in any refusal. */
  private void move(Side side, Workshop workshop, Instant start, String place) {
    try {
      moves.move(workshop, start, start.plus(Duration.ofMinutes(workshop.getDurationMinutes())), place);
    } catch (ValidationException refused) {
      throw new ValidationException(refused.errors().stream().map(error -> new FieldError(
          "place".equals(error.field()) ? side.place().name() : side.on().name(), error.problem())).toList());
    }
  }

  private static Optional<Instant> start(Side side, Map<String, Object> values, List<FieldError> errors) {
    String time = Objects.toString(values.get(side.time().name()), "").strip();
    if (!time.matches("\\d{2}:\\d{2}")) {
      errors.add(new FieldError(side.time().name(), "must be a time of day as HH:mm in UTC, such as 10:00, not '"
          + time + "'"));
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(Objects.toString(values.get(side.on().name()), "").strip());
      return Optional.of(day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(side.on().name(), "must be a day and " + side.time().name() + " a time of day"));
      return Optional.empty();
    }
  }

  /** The cohort's kick-off workshop for the side, as planned now; none when the programme team cancelled it. */
  private Optional<Workshop> kickOff(Task task, Side side) {
    return context.data().workshops().findByCohort(variables.get(task.getId(), Vars.COHORT_ID)).stream()
        .filter(workshop -> workshop.getKind() == side.kind() && !workshop.isCancelled()).findFirst();
  }
}
