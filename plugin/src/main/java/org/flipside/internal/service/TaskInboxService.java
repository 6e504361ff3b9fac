package org.flipside.internal.service;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.FlipsideException;
import org.flipside.api.Actor;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskInbox;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.FormValidator;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.internal.privacy.AuditTrail;

/**
 * The task inbox: an employee's tasks are those assigned to them, offered to them by name, or
 * offered to a role they hold. The engine asks the host directory for those roles on every query
 * (see the identity provider), so a role granted or taken away counts at once.
 */
final class TaskInboxService implements TaskInbox {

  private final TaskService tasks;
  private final TaskVariables variables;
  private final FormCatalog forms;
  private final List<AnswerStore> stores;
  private final AnswerStore steeringOnly = new SteeringAnswers();
  private final Transactions transactions;
  private final FormValidator validator = new FormValidator();

  /**
   * @param stores the handlers of Flipside's forms, at most one a form; a form none of them handles is one that
   *     asks only for steering values
   */
  TaskInboxService(TaskService tasks, TaskVariables variables, FormCatalog forms, List<AnswerStore> stores,
      Transactions transactions) {
    this.tasks = tasks;
    this.variables = variables;
    this.forms = forms;
    this.stores = List.copyOf(stores);
    this.transactions = transactions;
  }

  @Override
  public List<OpenTask> openTasks(Actor actor) {
    return transactions.inTransaction(() -> AuditTrail.onBehalfOf(actor, () ->
        visibleTo(actor).orderByTaskCreateTime().asc().list().stream()
            .map(this::stillOpen).flatMap(Optional::stream).toList()));
  }

  @Override
  public OpenTask task(Actor actor, String taskId) {
    return transactions.inTransaction(() -> AuditTrail.onBehalfOf(actor, () -> {
      Task task = require(actor, taskId);
      return stillOpen(task).orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
    }));
  }

  @Override
  public void complete(Actor actor, String taskId, Map<String, Object> formData) {
    try {
      completeOnce(actor, taskId, formData);
    } catch (FlipsideException refused) {
      throw refused;
    } catch (RuntimeException failed) {
      // a completion racing another can meet the process half moved on and fail anywhere in the engine (a gateway
      // missing its variable, say); once the task is gone, what the caller met was that race, lost
      if (transactions.inTransaction(() -> tasks.createTaskQuery().taskId(taskId).count() == 0)) {
        throw new NotFoundException("task " + taskId + " was completed or withdrawn meanwhile");
      }
      throw failed;
    }
  }

  private void completeOnce(Actor actor, String taskId, Map<String, Object> formData) {
    transactions.run(() -> {
      Task task = require(actor, taskId);
      FormDefinition form = forms.formOf(task, programmeId(task))
          .orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
      Map<String, Object> shown = data(task, form)
          .orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
      Map<String, Object> values = validator.validate(form, formData == null ? Map.of() : formData, shown);
      Map<String, Object> steering = handlerOf(form).store(form, task, values);
      // a task that hands the engine nothing leaves no trace of who answered either
      if (!steering.isEmpty()) {
        steering.put(Vars.COMPLETED_BY.name(), actor.employeeId());
      }
      tasks.complete(taskId, steering);
    });
  }

  private TaskQuery visibleTo(Actor actor) {
    // a role's task stays visible to the role's holders while it is assigned to one of them, so
    // another HR admin can stand in for a programme's manager
    return tasks.createTaskQuery().initializeFormKeys().active().or()
        .taskAssignee(actor.employeeId())
        .taskCandidateUser(actor.employeeId()).includeAssignedTasks()
        .endOr();
  }

  private Task require(Actor actor, String taskId) {
    Task task = visibleTo(actor).taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
      throw new NotFoundException("no open task with id " + taskId);
    }
    throw new AccessDeniedException("task " + taskId + " is not " + actor.employeeId() + "'s to see or complete");
  }

  /** The task as the host sees it; none when it was completed or ended elsewhere since the list was read. */
  private Optional<OpenTask> stillOpen(Task task) {
    String programmeId = programmeId(task);
    Optional<FormDefinition> found = forms.formOf(task, programmeId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FormDefinition form = found.get();
    return data(task, form).map(data -> new OpenTask(
        task.getId(),
        task.getName(),
        programmeId,
        form.id(),
        form.json(),
        data,
        instant(task.getCreateTime()),
        instant(task.getDueDate())));
  }

  private String programmeId(Task task) {
    return variables.get(task.getId(), Vars.PROGRAMME_ID);
  }

  private AnswerStore handlerOf(FormDefinition form) {
    return stores.stream().filter(store -> store.stores(form)).findFirst().orElse(steeringOnly);
  }

  /**
   * The form's data: the steering values the engine holds, and what the form's handler shows from Flipside's
   * tables; none when the task has gone.
   */
  private Optional<Map<String, Object>> data(Task task, FormDefinition form) {
    Optional<Map<String, Object>> held = variables.of(task.getId(), form.dataKeys());
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> shown = new HashMap<>(held.get());
    try {
      shown.putAll(handlerOf(form).dataOf(form, task));
    } catch (RuntimeException e) {
      // the task may have been completed elsewhere while its handler read what it shows
      if (variables.of(task.getId(), List.of()).isEmpty()) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(formData(shown, form));
  }

  /** The form's data as a plain map: the engine's own VariableMap type must not reach the host. */
  private static Map<String, Object> formData(Map<String, Object> variables, FormDefinition form) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (String key : form.dataKeys()) {
      if (variables.containsKey(key)) {
        data.put(key, variables.get(key));
      }
    }
    return Collections.unmodifiableMap(data);
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
