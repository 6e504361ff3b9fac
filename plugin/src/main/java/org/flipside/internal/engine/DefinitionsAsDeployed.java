package org.flipside.internal.engine;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.ActivateJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses the engine's commands that would change a deployed process or job definition afterwards: suspending or
 * activating it, its history time to live, a job definition's priority. {@link DeployedDefinitions} and
 * {@link DeployedJobDefinitions} serve definitions from memory on the promise that they stay as deployed; a change
 * made through Camunda's own API on one node would reach neither that node's memory nor any other JVM on the same
 * database, which would go on starting instances of a suspended process. Refused on every Flipside node, the change
 * is made nowhere, so no node can be stale; checking the row in every command instead would give back the reads the
 * two save. A host stops a programme through Flipside's API, and a process owner changes a process by deploying a
 * new version. Writing the engine's tables by other means than a Flipside engine is not supported.
 */
final class DefinitionsAsDeployed extends CommandInterceptor {

  private static final Set<Class<?>> CHANGES = Set.of(SuspendProcessDefinitionCmd.class,
      ActivateProcessDefinitionCmd.class, UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
      SuspendJobDefinitionCmd.class, ActivateJobDefinitionCmd.class, SetJobDefinitionPriorityCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (CHANGES.contains(command.getClass())) {
      throw new BadUserRequestException("Flipside keeps process and job definitions as deployed, so every node can"
          + " serve them from memory: their suspension state, history time to live and job priority do not change"
          + " after deployment. Deploy a new version of the process instead.");
    }
    return next.execute(command);
  }
}
