package org.flipside.internal.delegate.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.model.GoalHorizon;
import org.flipside.model.ScopingGoal;

/**
 * The gap analysis's goals as the scoping form writes them: a field per horizon, one goal a line, its target after
 * a {@code |}. Read into {@link ScopingGoal}s, and written back the same way when a scope is sent back.
 */
final class HorizonGoals {

  private static final String TARGET_MARK = "|";
  private static final Map<GoalHorizon, Var<String>> FIELDS = Map.of(GoalHorizon.SHORT_TERM, Vars.SHORT_TERM_GOALS,
      GoalHorizon.MEDIUM_TERM, Vars.MEDIUM_TERM_GOALS, GoalHorizon.LONG_TERM, Vars.LONG_TERM_GOALS);

  private HorizonGoals() {}

  /** The goals the three fields hold, short term first; a line without a goal before its target is refused. */
  static List<ScopingGoal> read(Map<String, Object> values) {
    List<ScopingGoal> goals = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (GoalHorizon horizon : GoalHorizon.values()) {
      Var<String> field = FIELDS.get(horizon);
      Object text = values.get(field.name());
      if (text == null) {
        continue;
      }
      text.toString().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
        int mark = line.indexOf(TARGET_MARK);
        String goal = (mark < 0 ? line : line.substring(0, mark)).strip();
        String target = mark < 0 ? "" : line.substring(mark + 1).strip();
        if (goal.isEmpty()) {
          errors.add(new FieldError(field.name(), "has a target without a goal: write the goal before the '|'"));
        } else if (goal.length() > ScopingGoal.MAX_LENGTH || target.length() > ScopingGoal.MAX_LENGTH) {
          errors.add(new FieldError(field.name(), "has a goal or target longer than " + ScopingGoal.MAX_LENGTH
              + " characters"));
        } else {
          goals.add(new ScopingGoal(horizon, goal, target.isEmpty() ? null : target));
        }
      });
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return goals;
  }

  /** The goals as the form's fields show them, by field name; a horizon without goals is left out. */
  static Map<String, String> written(List<ScopingGoal> goals) {
    return goals.stream().collect(Collectors.groupingBy(goal -> FIELDS.get(goal.getHorizon()).name(),
        Collectors.mapping(HorizonGoals::line, Collectors.joining("\n"))));
  }

  private static String line(ScopingGoal goal) {
    return goal.getTarget() == null ? goal.getGoal() : goal.getGoal() + " " + TARGET_MARK + " " + goal.getTarget();
  }
}
