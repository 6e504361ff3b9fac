package org.flipside.internal.delegate.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;

/**
 * The HR admin's review of a match proposal. The form shows the proposed pairs by name, who is left out and why, and
 * the fairness across groups, all read from Flipside's tables as it is shown; the admin's note goes to the cohort,
 * and the engine receives the decision, the pairing ids kept or ruled out and the matching rules.
 */
public final class MatchReviewAnswers implements AnswerStore {

  /** As the matcher proposed them: the best pair first. */
  private static final Comparator<Pairing> BEST_FIRST = Comparator
      .comparingDouble(Pairing::getScore).reversed()
      .thenComparing(pairing -> pairing.getMentor().getEmployeeId())
      .thenComparing(pairing -> pairing.getMentee().getEmployeeId());

  private final DelegateContext context;
  private final TaskVariables variables;

  public MatchReviewAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.REVIEW_MATCHES.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Cohort cohort = cohort(task);
    List<Pairing> proposal = context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.PROPOSED)
        .stream().sorted(BEST_FIRST).toList();
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.PAIRING_OPTIONS.name(), Variables.options(proposal, Pairing::getId, this::label));
    shown.put(Vars.MATCH_SUMMARY.name(), summary(cohort));
    if (cohort.getMatchFairness() != null) {
      shown.put(Vars.FAIRNESS_SUMMARY.name(), cohort.getMatchFairness());
    }
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    Object note = values.get(Vars.NOTE.name());
    cohort(task).setMatchesReviewNote(note == null || note.toString().isBlank() ? null : note.toString());
    return SteeringAnswers.except(values, Vars.NOTE);
  }

  private Cohort cohort(Task task) {
    return context.cohort(variables.get(task.getId(), Vars.COHORT_ID));
  }

  private String label(Pairing pairing) {
    return person(pairing.getMentor()) + " mentors " + person(pairing.getMentee())
        + " — score " + pairing.getScore() + ": " + pairing.getRationale();
  }

  private String person(Participant participant) {
    return context.directory().nameOf(participant.getEmployeeId())
        + " (band " + participant.getBand() + ", " + participant.getDepartment() + ")";
  }

  private String summary(Cohort cohort) {
    List<Participant> unmatched = context.data().participants().findByCohort(cohort.getId()).stream()
        .filter(participant -> participant.getUnmatchedReason() != null)
        .sorted(Comparator.comparing(Participant::getEmployeeId)).toList();
    if (unmatched.isEmpty()) {
      return "Everyone is matched.";
    }
    return unmatched.stream()
        .map(person -> context.directory().nameOf(person.getEmployeeId()) + " is unmatched: "
            + person.getUnmatchedReason())
        .collect(Collectors.joining("\n"));
  }
}
