package org.flipside.internal.library;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flipside.api.MigrationCandidate;
import org.flipside.api.MigrationReport;
import org.flipside.internal.engine.Transactions;

/**
 * Moves running instances of a process to one of its versions with the engine's migration: steps mapped by equal
 * ids, timers and message subscriptions updated. Each instance moves in its own transaction, so one that cannot does
 * not hold the others back; a preview moves each and rolls it back.
 */
final class VersionMigration {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final Transactions transactions;

  VersionMigration(RuntimeService runtime, RepositoryService repository, Transactions transactions) {
    this.runtime = runtime;
    this.repository = repository;
    this.transactions = transactions;
  }

  /**
   * Tries every running instance of the target's other versions.
   *
   * @param keep whether the instances that can move stay moved
   */
  MigrationReport migrateTo(ProcessDefinition target, boolean keep) {
    List<MigrationCandidate> moved = new ArrayList<>();
    List<MigrationCandidate> notMoved = new ArrayList<>();
    for (ProcessDefinition source : repository.createProcessDefinitionQuery()
        .processDefinitionKey(target.getKey()).orderByProcessDefinitionVersion().asc().list()) {
      if (source.getId().equals(target.getId())) {
        continue;
      }
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
          .orderByProcessInstanceId().asc().list();
      if (instances.isEmpty()) {
        continue;
      }
      List<String> planObstacles = new ArrayList<>();
      MigrationPlan plan = plan(source, target, planObstacles);
      for (ProcessInstance instance : instances) {
        List<String> obstacles = plan == null ? planObstacles : tryMoving(plan, instance.getId(), keep);
        MigrationCandidate candidate = new MigrationCandidate(instance.getId(), source.getKey(), source.getVersion(),
            instance.getBusinessKey(), obstacles);
        (candidate.canMove() ? moved : notMoved).add(candidate);
      }
    }
    return new MigrationReport(target.getId(), target.getKey(), target.getVersion(), moved, notMoved);
  }

  /** The plan from one version to the other, or {@code null} with the obstacles when the versions do not map. */
  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, List<String> obstacles) {
    try {
      return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
          .build();
    } catch (MigrationPlanValidationException e) {
      e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
          obstacles.add("step " + report.getMigrationInstruction().getSourceActivityId() + ": " + failure)));
      if (obstacles.isEmpty()) {
        obstacles.add("version " + source.getVersion() + " does not map onto version " + target.getVersion());
      }
      return null;
    }
  }

  private List<String> tryMoving(MigrationPlan plan, String instanceId, boolean keep) {
    try {
      transactions.run(() -> {
        runtime.newMigration(plan).processInstanceIds(instanceId).execute();
        if (!keep) {
          throw new PreviewOnly();
        }
      });
      return List.of();
    } catch (PreviewOnly rolledBack) {
      return List.of();
    } catch (MigratingProcessInstanceValidationException e) {
      return obstaclesOf(e.getValidationReport());
    }
  }

  private static List<String> obstaclesOf(MigratingProcessInstanceValidationReport report) {
    List<String> obstacles = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
        .forEach(failure -> obstacles.add("step " + activity.getSourceScopeId() + ": " + failure)));
    report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
        .forEach(failure -> obstacles.add("step " + transition.getSourceScopeId() + ": " + failure)));
    return obstacles;
  }

  /** Rolls a preview's migration back once it has run without a problem. */
  private static final class PreviewOnly extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PreviewOnly() {
      super("a preview keeps nothing", null, false, false);
    }
  }
}
