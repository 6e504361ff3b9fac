package org.flipside.internal.service;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.FlipsideException;
import org.flipside.api.Actor;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.TaskInbox;
import org.flipside.api.TaskSummary;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.engine.EngineCommands;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.engine.VisibleTasks;
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

  private static final int IDS_PER_QUERY = 500;

  private final TaskService tasks;
  private final InboxPage page;
  private final EngineCommands commands;
  private final TaskVariables variables;
  private final VisibleTasks visibleTasks;
  private final FormCatalog forms;
  private final List<AnswerStore> stores;
  private final AnswerStore steeringOnly = new SteeringAnswers();
  private final Transactions transactions;
  private final FormValidator validator = new FormValidator();

  /**
   * @param stores the handlers of Flipside's forms, at most one a form; a form none of them handles is one that
   *     asks only for steering values
   */
  TaskInboxService(TaskService tasks, InboxPage page, EngineCommands commands, TaskVariables variables,
      FormCatalog forms, List<AnswerStore> stores, Transactions transactions) {
    this.tasks = tasks;
    this.page = page;
    this.commands = commands;
    this.variables = variables;
    this.visibleTasks = new VisibleTasks(commands);
    this.forms = forms;
    this.stores = List.copyOf(stores);
    this.transactions = transactions;
  }

  @Override
  public List<OpenTask> openTasks(Actor actor) {
    return inOneCommand(actor, () -> {
      List<TaskSummary> listed = page.read(actor.employeeId(), 0, Integer.MAX_VALUE);
      Map<String, Task> byId = byId(listed);
      Map<String, OpenTask> read = new LinkedHashMap<>();
      Map<String, RuntimeException> failed = new LinkedHashMap<>();
      for (TaskSummary summary : listed) {
        Task task = byId.get(summary.id());
        try {
          // a task missing here was completed elsewhere since the list was read
          Optional.ofNullable(task).flatMap(found -> stillOpen(found, summary.programmeId()))
              .ifPresent(open -> read.put(summary.id(), open));
        } catch (RuntimeException e) {
          // the task may have been completed elsewhere while it was read; the check below tells
          failed.put(summary.id(), e);
        }
      }
      Set<String> open = page.stillOpen(listed.stream().map(TaskSummary::id).toList());
      failed.entrySet().stream().filter(failure -> open.contains(failure.getKey())).findFirst().ifPresent(failure -> {
        throw failure.getValue();
      });
      return read.values().stream().filter(task -> open.contains(task.id())).toList();
    });
  }

  @Override
  public List<TaskSummary> listTasks(Actor actor, int first, int max) {
    if (first < 0) {
      throw ValidationException.of("first", "must be 0 or more, was " + first);
    }
    if (max < 1) {
      throw ValidationException.of("max", "must be 1 or more, was " + max);
    }
    // one statement, which reads one snapshot by itself: no transaction or engine command is begun for it
    return transactions.withPluginClassLoader(() -> page.read(actor.employeeId(), first, max));
  }

  @Override
  public OpenTask task(Actor actor, String taskId) {
    return inOneCommand(actor, () -> {
      Task task = require(actor, taskId);
      return stillOpen(task, programmeId(task))
          .orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
    });
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

  /** Reads, validates, stores and completes as one engine command: the task's process is loaded once. */
  private void completeOnce(Actor actor, String taskId, Map<String, Object> formData) {
    inOneCommand(actor, () -> {
      Task task = require(actor, taskId);
      variables.loadScopesToComplete(taskId);
      FormDefinition form = forms.formOf(task, programmeId(task))
          .orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
      Map<String, Object> shown = data(task, form, store -> store.dataToValidate(form, task))
          .orElseThrow(() -> new NotFoundException("no open task with id " + taskId));
      Map<String, Object> values = validator.validate(form, formData == null ? Map.of() : formData, shown);
      Map<String, Object> steering = handlerOf(form).store(form, task, values);
      // a task that hands the engine nothing leaves no trace of who answered either
      if (!steering.isEmpty()) {
        steering.put(Vars.COMPLETED_BY.name(), actor.employeeId());
      }
      tasks.complete(taskId, steering);
      return null;
    });
  }

  /** Runs a call on behalf of the actor in one transaction and one engine command. */
  private <T> T inOneCommand(Actor actor, Supplier<T> work) {
    return transactions.inTransaction(() -> AuditTrail.onBehalfOf(actor, () -> commands.asOne(work)));
  }

  /** The listed tasks as the engine holds them, read in batches; a task completed meanwhile is missing. */
  private Map<String, Task> byId(List<TaskSummary> listed) {
    List<String> ids = listed.stream().map(TaskSummary::id).toList();
    Map<String, Task> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      tasks.createTaskQuery().taskIdIn(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))
          .toArray(String[]::new)).initializeFormKeys().list().forEach(task -> byId.put(task.getId(), task));
    }
    return byId;
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
    Task task = visibleTasks.find(taskId);
    if (task == null) {
      throw new NotFoundException("no open task with id " + taskId);
    }
    if (!visibleTasks.visibleTo(task, actor.employeeId())) {
      throw new AccessDeniedException("task " + taskId + " is not " + actor.employeeId() + "'s to see or complete");
    }
    return task;
  }

  /** The task as the host sees it; none when it was completed or ended elsewhere since the list was read. */
  private Optional<OpenTask> stillOpen(Task task, String programmeId) {
    Optional<FormDefinition> found = forms.formOf(task, programmeId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FormDefinition form = found.get();
    return data(task, form, store -> store.dataOf(form, task)).map(data -> new OpenTask(
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
   * The form's data: the steering values the engine holds, and what the form's handler reads from Flipside's
   * tables, all it shows or what checking an answer needs; none when the task has gone.
   */
  private Optional<Map<String, Object>> data(Task task, FormDefinition form,
      Function<AnswerStore, Map<String, Object>> handlerData) {
    Optional<Map<String, Object>> held = variables.of(task.getId(), form.dataKeys());
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> shown = new HashMap<>(held.get());
    try {
      shown.putAll(handlerData.apply(handlerOf(form)));
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
