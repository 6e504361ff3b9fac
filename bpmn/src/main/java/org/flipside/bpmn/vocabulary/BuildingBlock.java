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
 * @param requires variables it reads that must be set
 * @param optional variables it reads when set
 * @param sets variables it sets on the execution it runs in
 * @since 0.1
 */
public record BuildingBlock(
    String name, String description, Kind kind, List<Var<?>> requires, List<Var<?>> optional, List<Var<?>> sets) {

  /** Where a diagram puts a building block. */
  public enum Kind {
    /** A service task's {@code camunda:delegateExpression}. */
    SERVICE_TASK,
    /** An execution listener's {@code delegateExpression}. */
    EXECUTION_LISTENER
  }

  static BuildingBlock serviceTask(String name, String description) {
    return new BuildingBlock(name, description, Kind.SERVICE_TASK, List.of(), List.of(), List.of());
  }

  static BuildingBlock executionListener(String name, String description) {
    return new BuildingBlock(name, description, Kind.EXECUTION_LISTENER, List.of(), List.of(), List.of());
  }

  BuildingBlock requiring(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, List.of(vars), optional, sets);
  }

  BuildingBlock reading(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, requires, List.of(vars), sets);
  }

  BuildingBlock setting(Var<?>... vars) {
    return new BuildingBlock(name, description, kind, requires, optional, List.of(vars));
  }

  /** Every variable it reads, required first, then optional. */
  public List<Var<?>> reads() {
    List<Var<?>> reads = new ArrayList<>(requires);
    reads.addAll(optional);
    return List.copyOf(reads);
  }

  /** Whether it sets the variable. */
  public boolean setsVariable(Var<?> var) {
    return sets.contains(var);
  }
}
