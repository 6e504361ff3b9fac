package org.flipside.internal.operations;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What operations needs of the engine: each failed attempt at a step's work gets its plain reason ({@link
 * StepFailures}) and is counted, and each completed task is counted once its transaction commits.
 */
public final class OperationsEnginePlugin extends AbstractProcessEnginePlugin {

  private final FlipsideMeters meters;

  public OperationsEnginePlugin(FlipsideMeters meters) {
    this.meters = meters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(new StepFailures(meters::jobFailed));
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, OperationsEnginePlugin.this::completed);
        }
      }
    });
  }

  private void completed(DelegateTask task) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      meters.taskCompleted();
      return;
    }
    // a completion that rolls back (a lost race, a refused form) completed nothing
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        meters.taskCompleted();
      }
    });
  }
}
