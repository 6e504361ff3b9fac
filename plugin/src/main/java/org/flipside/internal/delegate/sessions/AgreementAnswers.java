package org.flipside.internal.delegate.sessions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.LearningAgreement;
import org.flipside.model.Pairing;
import org.flipside.model.repository.LearningAgreementRepository;

/**
 * The pair's learning agreement forms. A draft is saved as the pair's next version, confirmed by its drafter and
 * replacing an earlier draft, and the engine receives nothing of it; the partner who confirms a version reads it,
 * and who proposed it, from Flipside's tables, and the changes they ask for are kept with the version and shown to
 * whoever redrafts it. Only their answer, agree or change, steers the journey.
 */
public final class AgreementAnswers implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;

  public AgreementAnswers(DelegateContext context, TaskVariables variables) {
    this.context = context;
    this.variables = variables;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.LEARNING_AGREEMENT.equals(form.id()) || Forms.CONFIRM_AGREEMENT.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Pairing pairing = pairing(task);
    if (!Forms.CONFIRM_AGREEMENT.equals(form.id())) {
      Map<String, Object> shown = new HashMap<>();
      Optional<LearningAgreement> current = context.data().agreements().findCurrent(pairing.getId());
      String boundaries = boundariesSoFar(pairing, current);
      if (boundaries != null) {
        shown.put(Vars.BOUNDARIES.name(), boundaries);
      }
      // redrafting after the partner asked for changes: what they asked, in view
      LearningAgreementRepository.pendingDraftOf(current).map(LearningAgreement::getRequestedChanges)
          .ifPresent(changes -> shown.put(Vars.REQUESTED_CHANGES.name(), changes));
      return shown;
    }
    return context.data().agreements().findPendingDraft(pairing.getId())
        .map(draft -> Map.<String, Object>of(Vars.AGREEMENT_SUMMARY.name(), summary(pairing, draft)))
        .orElse(Map.of());
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    Pairing pairing = pairing(task);
    if (Forms.CONFIRM_AGREEMENT.equals(form.id())) {
      Object changes = values.get(Vars.REQUESTED_CHANGES.name());
      context.data().agreements().findPendingDraft(pairing.getId()).ifPresent(draft ->
          draft.setRequestedChanges(changes == null || changes.toString().isBlank() ? null : changes.toString()));
      return SteeringAnswers.except(values, Vars.REQUESTED_CHANGES);
    }
    // boundaries left out of the submission stay as the form showed them
    Optional<LearningAgreement> current = context.data().agreements().findCurrent(pairing.getId());
    String boundaries = values.containsKey(Vars.BOUNDARIES.name())
        ? text(values, Vars.BOUNDARIES.name()) : boundariesSoFar(pairing, current);
    current.ifPresent(LearningAgreement::supersede);
    String drafter = task.getAssignee() == null ? pairing.getMentee().getEmployeeId() : task.getAssignee();
    AgreementDrafts.draft(context.data(), pairing, new AgreementDrafts.Terms(
            Boolean.TRUE.equals(values.get(Vars.CONFIDENTIALITY_AGREED.name())),
            boundaries,
            text(values, Vars.MEETING_FORMAT.name()),
            text(values, Vars.FREQUENCY.name()),
            text(values, Vars.ARRANGER.name()),
            Boolean.TRUE.equals(values.get(Vars.PROTECTED_TIME.name()))),
        drafter, context.now());
    return new HashMap<>();
  }

  /** The boundaries the pair wrote last, in its current version, or else the programme's template's. */
  private static String boundariesSoFar(Pairing pairing, Optional<LearningAgreement> current) {
    return current.map(LearningAgreement::getBoundaries)
        .orElse(pairing.getCohort().getProgramme().getAgreementBoundaries());
  }

  /** The version to confirm in a line; a change to a confirmed agreement says who proposes it. */
  private String summary(Pairing pairing, LearningAgreement draft) {
    String summary = AgreementDrafts.summary(draft);
    return context.data().agreements().findConfirmed(pairing.getId()).isEmpty() ? summary
        : context.directory().nameOf(draft.getDraftedBy()) + " proposes a change. " + summary;
  }

  private Pairing pairing(Task task) {
    return context.pairing(variables.get(task.getId(), Vars.PAIRING_ID));
  }

  private static String text(Map<String, Object> values, String key) {
    Object value = values.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
