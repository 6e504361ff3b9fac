package org.flipside.bpmn.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * A step a diagram may use by its bean name, as {@code ${name}}: what it does and the variables it
 * reads and sets. Declared in {@link BuildingBlocks}.
 *
 * @param name the bean name, as a diagram's {@code camunda:delegateExpression} writes it
 * @param description what it does, in a sentence
 * @param kind where a diagram puts it
 * @param listenerEvent for an execution listener, the event it listens to ({@code start} or {@code end}); empty
 *     for a service task
 * @param requires variables it reads that must be set
 * @param optional variables it reads when set
 * @param sets variables it sets on the execution it runs in
 * @param inputs settings a process owner gives it where it is used, as input parameters on its task
 * @since 1.0
 */
public record BuildingBlock(String name, String description, Kind kind, String listenerEvent,
    List<Var<?>> requires, List<Var<?>> optional, List<Var<?>> sets, List<Input> inputs) {

  /** Where a diagram puts a building block. */
  public enum Kind {
    /** A service task's {@code camunda:delegateExpression}. */
    SERVICE_TASK,
    /** An execution listener's {@code delegateExpression}. */
    EXECUTION_LISTENER
  }

  static BuildingBlock serviceTask(String name, String description) {
    return new BuildingBlock(name, description, Kind.SERVICE_TASK, "", List.of(), List.of(), List.of(), List.of());
  }

  static BuildingBlock executionListener(String name, String event, String description) {
    return new BuildingBlock(
        name, description, Kind.EXECUTION_LISTENER, event, List.of(), List.of(), List.of(), List.of());
  }

  BuildingBlock requiring(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, listenerEvent, List.of(vars), optional, sets, inputs);
  }

  BuildingBlock reading(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, listenerEvent, requires, List.of(vars), sets, inputs);
  }

  BuildingBlock setting(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, listenerEvent, requires, optional, List.of(vars), inputs);
  }

  BuildingBlock taking(Input... settings) {
    return new BuildingBlock(name, description, kind, listenerEvent, requires, optional, sets, List.of(settings));
  }

  /** Every variable it reads: required, then optional, then those its inputs set. */
  public List<Var<?>> reads() {
    List<Var<?>> reads = new ArrayList<>(requires);
    reads.addAll(optional);
    inputs.forEach(input -> reads.add(input.var()));
    return List.copyOf(reads);
  }

  /** Whether it sets the variable. */
  public boolean setsVariable(Var<?> var) {
    return sets.contains(var);
  }
}
