package org.flipside.internal.validation;

import org.flipside.bpmn.vocabulary.Vars;

/** Whether a diagram reads a variable in one of its expressions, as the deployment's check finds what it reads. */
public final class DiagramReads {

  private DiagramReads() {}

  /** Whether an expression anywhere in the diagram's XML reads the variable of that name. */
  public static boolean variable(String diagramXml, String name) {
    return Expressions.in(diagramXml).stream()
        .anyMatch(expression -> Expressions.variables(expression, known -> Vars.named(known).isPresent())
            .contains(name));
  }
}
