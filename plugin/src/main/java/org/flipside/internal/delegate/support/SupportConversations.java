package org.flipside.internal.delegate.support;

import static org.flipside.spi.NotificationParameter.NOTE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.SUPPORT_OUTCOME;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.PartnerNotes;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.notification.Message;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.SupportDecision;
import org.flipside.model.SupportRequest;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.spi.NotificationTopic;

/**
 * The programme manager's support conversation. The engine knows only the request's id: the form shows the names
 * and the note from Flipside's own table, and on the decision the message to the other partner goes out as a
 * notification, the note is erased, and only the decision, which steers the journey, reaches the engine.
 */
public final class SupportConversations implements AnswerStore {

  private final DelegateContext context;
  private final TaskVariables variables;
  private final AuditTrail audit;

  public SupportConversations(DelegateContext context, TaskVariables variables, AuditTrail audit) {
    this.context = context;
    this.variables = variables;
    this.audit = audit;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.SUPPORT_CONVERSATION.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    SupportRequest request = request(task);
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.SUPPORT_REQUESTER_NAME.name(), context.directory().nameOf(request.getRequestedBy()));
    shown.put(Vars.SUPPORT_PARTNER_NAME.name(), context.directory().nameOf(request.otherPartner().getEmployeeId()));
    shown.put(Vars.SUPPORT_NOTE.name(), PartnerNotes.shown(audit, AuditedAction.READ_SUPPORT_NOTE, request));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    SupportRequest request = request(task);
    String decision = (String) values.get(Vars.SUPPORT_DECISION.name());
    request.decide(SupportDecision.valueOf(decision.toUpperCase(Locale.ROOT)), context.now());
    String message = (String) values.get(Vars.MESSAGE_TO_PARTNER.name());
    if (message != null && !message.isBlank()) {
      context.notifications().send(request.otherPartner().getEmployeeId(), Message.of(NotificationTopic.PAIRING_SUPPORT)
          .with(PROGRAMME, request.getPairing().getCohort().getProgramme().getId()).with(SUPPORT_OUTCOME, "message")
          .with(NOTE, message));
    }
    Map<String, Object> steering = new HashMap<>();
    steering.put(Vars.SUPPORT_DECISION.name(), decision);
    return steering;
  }

  private SupportRequest request(Task task) {
    String requestId = variables.get(task.getId(), Vars.SUPPORT_REQUEST_ID);
    return context.data().supportRequests().find(requestId)
        .orElseThrow(() -> new IllegalStateException("no support request " + requestId));
  }
}
