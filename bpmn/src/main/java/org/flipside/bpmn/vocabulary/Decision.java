package org.flipside.bpmn.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * A decision table Flipside evaluates by its key, which a process owner may replace by deploying their own version:
 * the variables Flipside gives it and the outputs Flipside reads. Declared in {@link Decisions}.
 *
 * @param key the decision's key, the {@code id} of the DMN file's {@code decision}
 * @param description what it decides, in a sentence
 * @param evaluatedBy the building block that evaluates it
 * @param gives the variables Flipside gives each evaluation; the table's inputs may read only these
 * @param reads the outputs Flipside reads from the matched rule
 * @since 1.0
 */
public record Decision(String key, String description, BuildingBlock evaluatedBy, List<Var<?>> gives,
    List<Output> reads) {

  /**
   * An output column Flipside reads.
   *
   * @param var its name, as the output's {@code name} writes it, and what it means
   * @param values the values Flipside understands; empty when any value of the output's kind will do
   */
  public record Output(Var<?> var, List<String> values) {

    /** The output's name. */
    public String name() {
      return var.name();
    }
  }

  /** The output of that name, if Flipside reads it. */
  public Optional<Output> output(String name) {
    return reads.stream().filter(output -> output.name().equals(name)).findFirst();
  }

  /** Whether Flipside gives the table a variable of that name. */
  public boolean gives(String name) {
    return gives.stream().anyMatch(var -> var.name().equals(name));
  }
}
