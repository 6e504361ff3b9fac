package org.flipside.internal.delegate.coaching;

import static org.flipside.spi.NotificationParameter.COACHING_OUTCOME;
import static org.flipside.spi.NotificationParameter.COACHING_REQUEST;
import static org.flipside.spi.NotificationParameter.EMPLOYEE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.STARTS_AT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.PartnerNotes;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.internal.notification.Message;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.model.CoachingRequest;
import org.flipside.model.Pairing;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.spi.NotificationTopic;

/**
 * A coach takes a partner's coaching request. The engine knows only the request's id and the coaches': the form
 * shows who asks, their pairing and their note from Flipside's own table, and nothing else of the pair (no session
 * log, reflection, concern or survey answer). The answer is kept there too: the coach who answered, the session they
 * arranged or that they handed the request to the programme manager; the note is erased, the partner who asked is
 * told, an arranged session goes into both calendars ({@link CoachingSessionInvite}), and the engine receives
 * nothing.
 */
public final class CoachingRequests implements AnswerStore {

  private static final String ARRANGED = "arranged";
  private static final String REFERRED = "referred";

  private final DelegateContext context;
  private final TaskVariables variables;
  private final AuditTrail audit;

  public CoachingRequests(DelegateContext context, TaskVariables variables, AuditTrail audit) {
    this.context = context;
    this.variables = variables;
    this.audit = audit;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.COACHING_REQUEST.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    CoachingRequest request = request(task);
    Pairing pairing = request.getPairing();
    Programme programme = pairing.getCohort().getProgramme();
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.COACHING_REQUESTER_NAME.name(), context.directory().nameOf(request.getRequestedBy()));
    shown.put(Vars.COACHING_PAIRING.name(), context.directory().nameOf(pairing.getMentor().getEmployeeId())
        + " (mentor) and " + context.directory().nameOf(pairing.getMentee().getEmployeeId()) + " (mentee), in "
        + programme.getName());
    shown.put(Vars.COACHING_NOTE.name(), PartnerNotes.shown(audit, AuditedAction.READ_COACHING_NOTE, request));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    CoachingRequest request = request(task);
    Programme programme = request.getPairing().getCohort().getProgramme();
    // offered to several, the task is answered by whoever the inbox completes it for
    String coach = AuditTrail.caller().orElseThrow(
        () -> new IllegalStateException("coaching request " + request.getId() + " is answered through the inbox"));
    Message answered = Message.of(NotificationTopic.COACHING_ANSWERED).with(PROGRAMME, programme.getId())
        .with(EMPLOYEE, coach);
    if (ARRANGED.equals(values.get(Vars.COACHING_OUTCOME.name()))) {
      Instant session = sessionAt(values);
      request.arrange(coach, session, context.now());
      CoachingSessionInvite.send(context, request);
      answered.with(COACHING_OUTCOME, ARRANGED).with(STARTS_AT, session);
    } else {
      request.refer(coach, context.now());
      answered.with(COACHING_OUTCOME, REFERRED);
      context.tellManager(programme, Message.of(NotificationTopic.COACHING_REQUESTED)
          .with(PROGRAMME, programme.getId()).with(COACHING_REQUEST, REFERRED)
          .with(EMPLOYEE, request.getRequestedBy()));
    }
    context.notifications().send(request.getRequestedBy(), answered);
    return SteeringAnswers.except(values, Vars.COACHING_OUTCOME, Vars.COACHING_ON, Vars.COACHING_TIME);
  }

  /** When the arranged session starts, in UTC as the form asks; refused, naming the field, unless it is to come. */
  private Instant sessionAt(Map<String, Object> values) {
    String time = String.valueOf(values.get(Vars.COACHING_TIME.name())).strip();
    LocalTime at;
    try {
      if (!time.matches("\\d{2}:\\d{2}")) {
        throw new DateTimeParseException("not HH:mm", time, 0);
      }
      at = LocalTime.parse(time);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(Vars.COACHING_TIME.name(),
          "must be a time of day as HH:mm in UTC, such as 14:30, not '" + time + "'");
    }
    LocalDate day = LocalDate.parse(String.valueOf(values.get(Vars.COACHING_ON.name())));
    Instant session = day.atTime(at).toInstant(ZoneOffset.UTC);
    if (!session.isAfter(context.now())) {
      throw ValidationException.of(Vars.COACHING_ON.name(),
          "the session must be arranged for a time to come, after " + context.now());
    }
    return session;
  }

  private CoachingRequest request(Task task) {
    String requestId = variables.get(task.getId(), Vars.COACHING_REQUEST_ID);
    return context.data().coachingRequests().find(requestId)
        .orElseThrow(() -> new IllegalStateException("no coaching request " + requestId));
  }
}
