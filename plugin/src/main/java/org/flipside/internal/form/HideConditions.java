package org.flipside.internal.form;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Decides whether a field is hidden, as form-js does in the browser: by evaluating the field's {@code conditional.hide}
 * FEEL expressions against the form's data and answers, with Camunda's FEEL engine (the one behind the decision
 * tables). Only a result of {@code true} hides; a variable nobody answered is {@code null}, as in form-js. A condition
 * that is not FEEL is the form's mistake, and fails loudly rather than never hiding.
 */
final class HideConditions {

  private HideConditions() {}

  /** Whether the field is hidden given these data and answers. */
  static boolean hidden(FormField field, Map<String, Object> data) {
    return field.hideWhen().stream().anyMatch(expression -> isTrue(expression, data));
  }

  private static boolean isTrue(String expression, Map<String, Object> data) {
    String feel = expression.startsWith("=") ? expression.substring(1) : expression;
    EvaluationResult result = Engine.FEEL.evaluateExpression(feel, data);
    if (result.isFailure()) {
      throw new IllegalStateException("the form's condition " + expression + " cannot be evaluated: " + result);
    }
    return Boolean.TRUE.equals(result.result());
  }

  /** Built on first use: the engine takes a moment to start. */
  private static final class Engine {
    static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  }
}
