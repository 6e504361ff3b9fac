package org.flipside.internal.delegate.scoping;

import org.flipside.spi.NotificationTopic;
import org.flipside.spi.NotificationParameter;
import org.flipside.internal.notification.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.internal.team.People;
import org.flipside.model.CoDesignReview;
import org.flipside.model.Programme;

/**
 * A staff-network representative's review of the scope before the sponsor signs it off (the Inclusive Employers guide:
 * "don't design in a bubble"). The form shows the scope as recorded; the review is kept in Flipside's tables, and the
 * programme's manager is told what the representative endorses or would change. The engine receives nothing.
 */
public final class CoDesignReviews implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;
  private final People people;

  public CoDesignReviews(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
    this.people = new People(context.data(), context.directory());
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.CO_DESIGN_REVIEW.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of(Vars.CO_DESIGN_SCOPE.name(), scope(programmeOf(task)));
  }

  /** The scope as the representative reads it: what it is for, for whom, how large and when. */
  static String scope(Programme programme) {
    List<String> lines = new ArrayList<>();
    lines.add("**" + programme.getName() + "** (" + programme.getMode().name().toLowerCase() + " mentoring; focus: "
        + programme.getFocusDimensions().toLowerCase().replace(',', ' ').replace("_", " ") + ")");
    line(lines, "Goals", programme.getGoals());
    line(lines, "Gap analysis", programme.getGapAnalysis());
    line(lines, "Staff networks involved", programme.getStaffNetworks());
    line(lines, "Pairs", programme.getCohortSize());
    line(lines, "Sessions start", programme.getSessionsStart());
    line(lines, "Months of sessions", programme.getDurationMonths());
    line(lines, "Mentors from bands up to", programme.getMentorMaximumBand());
    line(lines, "Mentees from band", programme.getMenteeMinimumBand());
    return String.join("\n\n", lines);
  }

  private static void line(List<String> lines, String label, Object value) {
    if (value != null && !value.toString().isBlank()) {
      lines.add(label + ": " + value);
    }
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    boolean endorsed = Boolean.TRUE.equals(values.get(Vars.CO_DESIGN_ENDORSED.name()));
    Object given = values.get(Vars.CO_DESIGN_SUGGESTIONS.name());
    String suggestions = given == null || given.toString().isBlank() ? null : given.toString().strip();
    if (!endorsed && suggestions == null) {
      throw ValidationException.of(Vars.CO_DESIGN_SUGGESTIONS.name(),
          "say what you would change, or endorse the scope as it stands (" + Vars.CO_DESIGN_ENDORSED.name() + ")");
    }
    if (suggestions != null && suggestions.length() > CoDesignReview.MAX_SUGGESTIONS) {
      throw ValidationException.of(Vars.CO_DESIGN_SUGGESTIONS.name(),
          "must be at most " + CoDesignReview.MAX_SUGGESTIONS + " characters");
    }
    Programme programme = programmeOf(task);
    String reviewer = task.getAssignee();
    context.data().coDesignReviews().add(
        new CoDesignReview(programme, reviewer, endorsed, suggestions, context.now()));
    Message reviewed = Message.of(NotificationTopic.SCOPE_REVIEWED)
        .with(NotificationParameter.PROGRAMME, programme.getId()).with(NotificationParameter.EMPLOYEE, reviewer)
        .with(NotificationParameter.REVIEW, endorsed ? "endorsed" : "changes");
    context.tellManager(programme, suggestions == null ? reviewed : reviewed.with(NotificationParameter.NOTE,
        suggestions));
    return SteeringAnswers.except(values, Vars.CO_DESIGN_ENDORSED, Vars.CO_DESIGN_SUGGESTIONS);
  }

  private Programme programmeOf(Task task) {
    return context.programme(variables.get(task.getId(), Vars.PROGRAMME_ID));
  }
}
