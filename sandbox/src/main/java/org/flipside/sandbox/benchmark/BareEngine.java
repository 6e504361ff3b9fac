package org.flipside.sandbox.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline: Camunda 7.24 on its own, configured as Flipside configures its engine where that changes the cost
 * (its tables in the DataSource's current schema, full history without a detail row for each value a variable is
 * given, UUID ids, no job executor, no metrics), with one process of one user task, and an inbox loop that
 * does the least an inbox must: list an employee's tasks with their form keys, read a task's variables, complete it,
 * as often as the host asked Flipside to.
 */
final class BareEngine implements AutoCloseable {

  private static final String PROCESS = "inbox-loop";
  private static final String CANDIDATE = "candidate";
  private static final int TASKS_PER_EMPLOYEE = 10;

  private final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Boots the engine on the database (Camunda creates its tables) and deploys the one-task process. */
  static BareEngine boot(DataSource database) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + UUID.randomUUID());
    configuration.setDataSource(database);
    // as Flipside's EngineFactory: on a server, tables of the same name in another schema are not the engine's
    String schema = currentSchema(database);
    configuration.setDatabaseSchema(schema);
    configuration.setDatabaseTablePrefix(schema + ".");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // as Flipside's engine (ReadHistoryOnly): full history, but no detail row for each value a variable is given
    configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
      @Override
      protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
        return false;
      }
    });
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    BpmnModelInstance process = Bpmn.createExecutableProcess(PROCESS)
        .startEvent()
        .userTask("answer").camundaFormKey("camunda-forms:deployment:answer.form")
        .camundaCandidateUsers("${" + CANDIDATE + "}")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", process).deploy();
    return new BareEngine(engine);
  }

  /**
   * Starts as many process instances as tasks, each steered by a few ids as Flipside's are, shared among employees
   * ten each, then works through every employee's inbox until each task is completed with an answer. It lists each
   * employee's inbox once and opens each task once (reads its variables), and as often again as the host's demand
   * asks beyond that, spread evenly over the completions, so both sides answer the same number of listings and opens.
   *
   * @param demand the listings and opens the host made for as many completed tasks
   * @return the listings and opens this loop made
   */
  HostDemand inboxLoop(int tasks, HostDemand demand) {
    int employees = Math.max(1, tasks / TASKS_PER_EMPLOYEE);
    String round = UUID.randomUUID().toString();
    for (int k = 0; k < tasks; k++) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(CANDIDATE, employee(round, k % employees));
      variables.put("programmeId", "programme-" + round);
      variables.put("cohortId", "cohort-" + k % 3);
      variables.put("participantId", "participant-" + k);
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables);
    }
    TaskService tasksOf = engine.getTaskService();
    Spread moreListings = new Spread(demand.listings() - employees, tasks);
    Spread moreOpens = new Spread(demand.opens() - tasks, tasks);
    long listings = 0;
    long opens = 0;
    int completed = 0;
    for (int employee = 0; employee < employees; employee++) {
      List<Task> inbox = inboxOf(employee(round, employee));
      listings++;
      for (Task task : inbox) {
        for (long again = moreOpens.dueAfter(completed + 1); again >= 0; again--) {
          open(task);
          opens++;
        }
        tasksOf.complete(task.getId(), Map.of("answer", "yes"));
        completed++;
        for (long again = moreListings.dueAfter(completed); again > 0; again--) {
          inboxOf(employee(round, employee));
          listings++;
        }
      }
    }
    if (completed != tasks) {
      throw new IllegalStateException("the bare engine completed " + completed + " of " + tasks + " tasks");
    }
    return new HostDemand(listings, opens);
  }

  private List<Task> inboxOf(String employeeId) {
    return engine.getTaskService().createTaskQuery().taskCandidateUser(employeeId).initializeFormKeys().list();
  }

  private void open(Task task) {
    Map<String, Object> read = engine.getTaskService().getVariables(task.getId());
    if (task.getFormKey() == null || !read.containsKey("programmeId")) {
      throw new IllegalStateException("the bare engine lost a task's form key or variables");
    }
  }

  /** Inbox pages listed and tasks opened, over some completed tasks. */
  record HostDemand(long listings, long opens) {
  }

  /** Spreads extra calls evenly over the completions: how many fall due once so many tasks are completed. */
  private static final class Spread {
    private final long extra;
    private final int over;
    private long made;

    Spread(long extra, int over) {
      this.extra = Math.max(0, extra);
      this.over = Math.max(1, over);
    }

    long dueAfter(int completed) {
      long due = extra * completed / over - made;
      made += due;
      return due;
    }
  }

  private static String employee(String round, int index) {
    return "employee-" + round.substring(0, 8) + "-" + index;
  }

  private static String currentSchema(DataSource database) {
    try (Connection connection = database.getConnection()) {
      return connection.getSchema();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the bare engine's current schema", e);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
