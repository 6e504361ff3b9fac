package org.flipside.internal.delegate.concerns;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.Concern;
import org.flipside.model.privacy.AuditedAction;

/**
 * The EDI lead's two steps on a concern. The engine knows only the concern's id: the forms show what was raised and
 * by whom from Flipside's table, and the EDI lead's note and outcome go to the concern, never to the engine.
 */
public final class ConcernAnswers implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;
  private final AuditTrail audit;

  public ConcernAnswers(DelegateContext context, TaskVariables variables, AuditTrail audit) {
    this.context = context;
    this.variables = variables;
    this.audit = audit;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.ACKNOWLEDGE_CONCERN.equals(form.id()) || Forms.RESOLVE_CONCERN.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Concern concern = concern(task);
    audit.recordForCaller(AuditedAction.READ_CONCERN, concern.getId(), concern.getProgramme().getId());
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.CONCERN_SUMMARY.name(), concern.getSummary());
    shown.put(Vars.CONCERN_CONTEXT.name(), "Raised by " + context.directory().nameOf(concern.getRaisedBy()) + " "
        + ConcernDelegates.where(concern) + (concern.getAcknowledgeBy() == null ? "."
        : "; to be acknowledged by " + concern.getAcknowledgeBy().toString().substring(0, 10) + "."));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    Concern concern = concern(task);
    if (Forms.ACKNOWLEDGE_CONCERN.equals(form.id())) {
      concern.setAcknowledgementNote(text(values.get(Vars.ACKNOWLEDGEMENT_NOTE.name())));
    } else {
      concern.resolve(context.now(), text(values.get(Vars.OUTCOME.name())));
    }
    return new HashMap<>();
  }

  private Concern concern(Task task) {
    String concernId = variables.get(task.getId(), Vars.CONCERN_ID);
    return context.data().concerns().find(concernId)
        .orElseThrow(() -> new IllegalStateException("no concern " + concernId));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
