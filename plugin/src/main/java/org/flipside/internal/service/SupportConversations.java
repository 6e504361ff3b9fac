package org.flipside.internal.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.model.SupportDecision;
import org.flipside.model.SupportRequest;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.privacy.AuditedAction;

/**
 * The programme manager's support conversation. The engine knows only the request's id: the form shows the names
 * and the note from Flipside's own table, and on the decision the message to the other partner goes out as a
 * notification, the note is erased, and only the decision, which steers the journey, reaches the engine.
 */
final class SupportConversations implements AnswerStore {

  private static final String NO_NOTE = "(none)";

  private final Repositories data;
  private final TaskService tasks;
  private final Directory directory;
  private final Notifications notifications;
  private final Clock clock;
  private final AuditTrail audit;

  SupportConversations(Repositories data, TaskService tasks, Directory directory, Notifications notifications,
      Clock clock, AuditTrail audit) {
    this.audit = audit;
    this.data = data;
    this.tasks = tasks;
    this.directory = directory;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.SUPPORT_CONVERSATION.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    SupportRequest request = request(task);
    audit.recordForCaller(AuditedAction.READ_SUPPORT_NOTE, request.getId(),
        request.getPairing().getCohort().getProgramme().getId());
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.SUPPORT_REQUESTER_NAME.name(), directory.nameOf(request.getRequestedBy()));
    shown.put(Vars.SUPPORT_PARTNER_NAME.name(), directory.nameOf(request.otherPartner().getEmployeeId()));
    shown.put(Vars.SUPPORT_NOTE.name(), request.getNote() == null ? NO_NOTE : request.getNote());
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    SupportRequest request = request(task);
    String decision = (String) values.get(Vars.SUPPORT_DECISION.name());
    request.decide(SupportDecision.valueOf(decision.toUpperCase(Locale.ROOT)), clock.instant());
    String message = (String) values.get(Vars.MESSAGE_TO_PARTNER.name());
    if (message != null && !message.isBlank()) {
      notifications.send(request.otherPartner().getEmployeeId(), NotificationTopics.PAIRING_SUPPORT,
          request.getPairing().getCohort().getProgramme().getName() + ": your pairing", message);
    }
    Map<String, Object> steering = new HashMap<>();
    steering.put(Vars.SUPPORT_DECISION.name(), decision);
    return steering;
  }

  private SupportRequest request(Task task) {
    String requestId = (String) tasks.getVariable(task.getId(), Vars.SUPPORT_REQUEST_ID.name());
    return data.supportRequests().find(requestId)
        .orElseThrow(() -> new IllegalStateException("no support request " + requestId));
  }
}
