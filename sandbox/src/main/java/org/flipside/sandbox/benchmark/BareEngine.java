package org.flipside.sandbox.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline: Camunda 7.24 on its own, configured as Flipside configures its engine where that changes the cost
 * (full history, UUID ids, no job executor, no metrics), with one process of one user task, and an inbox loop that
 * does the least an inbox must: list an employee's tasks with their form keys, read a task's variables, complete it.
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
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
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
   * ten each, then works through every employee's inbox until each task is completed with an answer.
   *
   * @return the tasks completed
   */
  int inboxLoop(int tasks) {
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
    int completed = 0;
    for (int employee = 0; employee < employees; employee++) {
      List<Task> inbox = tasksOf.createTaskQuery().taskCandidateUser(employee(round, employee))
          .initializeFormKeys().list();
      for (Task task : inbox) {
        Map<String, Object> read = tasksOf.getVariables(task.getId());
        if (task.getFormKey() == null || !read.containsKey("programmeId")) {
          throw new IllegalStateException("the bare engine lost a task's form key or variables");
        }
        tasksOf.complete(task.getId(), Map.of("answer", "yes"));
        completed++;
      }
    }
    return completed;
  }

  private static String employee(String round, int index) {
    return "employee-" + round.substring(0, 8) + "-" + index;
  }

  @Override
  public void close() {
    engine.close();
  }
}
