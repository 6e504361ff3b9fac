package org.flipside.internal.delegate;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Starts a process instance for each of a list's people a batch at a time, as a round's invitations and a survey's
 * respondents are started: each run of the step starts the next batch, and its diagram loops back through an
 * asynchronous step while some have none yet, so that each further batch is a transaction of its own.
 */
public final class InstanceBatches {

  /** Instances started in one transaction. */
  public static final int BATCH = 250;

  private InstanceBatches() {
  }

  /**
   * Starts an instance of the process, under the business key, for each of the next batch of the people: those after
   * the first {@code started}, at most {@link #BATCH}, in the order {@code order} puts them in.
   *
   * @return how many of the people have their instance now
   */
  public static int startNext(DelegateExecution execution, String processKey, String businessKey, List<String> people,
      int started, UnaryOperator<List<String>> order, Function<String, Variables.Values> variables) {
    int upTo = Math.min(people.size(), started + BATCH);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (String person : order.apply(people.subList(started, upTo))) {
      runtime.startProcessInstanceByKey(processKey, businessKey, variables.apply(person));
    }
    return upTo;
  }
}
