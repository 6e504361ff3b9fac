package org.flipside.internal.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.flipside.spi.FlipsideRoles;

/**
 * Offers the HR admins every task that would otherwise reach no one: one whose assignee expression found nobody (a
 * sponsor's step while the post is vacant, say) and that names no candidates. It is a rule of the engine rather than
 * of each diagram, so a process owner cannot leave a step orphaned by editing one.
 */
final class UnclaimedTaskGuard extends AbstractBpmnParseListener {

  private static final TaskListener OFFER_TO_HR_ADMINS = UnclaimedTaskGuard::offerWhenUnclaimed;

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      // built in, so it runs even when an operator skips the diagrams' own listeners
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, OFFER_TO_HR_ADMINS);
    }
  }

  private static void offerWhenUnclaimed(DelegateTask task) {
    if (task.getAssignee() == null && task.getCandidates().isEmpty()) {
      task.addCandidateGroup(FlipsideRoles.HR_ADMIN);
    }
  }
}
