package org.flipside.internal.form;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Decides whether a field is hidden, as form-js does in the browser: by evaluating the field's {@code conditional.hide}
 * FEEL expressions against the form's data and answers, with Camunda's FEEL engine (the one behind the decision
 * tables). Only a result of {@code true} hides; a variable nobody answered is {@code null}, as in form-js. A condition
 * that is not FEEL is the form's mistake, and fails loudly rather than never hiding. Each condition is parsed once:
 * parsing it again for every submission was most of the cost of validating one.
 */
final class HideConditions {

  private HideConditions() {}

  /** Whether the field is hidden given these data and answers. */
  static boolean hidden(FormField field, Map<String, Object> data) {
    return field.hideWhen().stream().anyMatch(expression -> isTrue(expression, data));
  }

  private static boolean isTrue(String expression, Map<String, Object> data) {
    EvaluationResult result = Engine.FEEL.evaluate(Engine.PARSED.computeIfAbsent(expression, HideConditions::parse),
        data);
    if (result.isFailure()) {
      throw new IllegalStateException("the form's condition " + expression + " cannot be evaluated: " + result);
    }
    return Boolean.TRUE.equals(result.result());
  }

  private static ParsedExpression parse(String expression) {
    ParseResult parsed = Engine.FEEL.parseExpression(expression.startsWith("=") ? expression.substring(1) : expression);
    if (parsed.isFailure()) {
      throw new IllegalStateException("the form's condition " + expression + " cannot be evaluated: " + parsed);
    }
    return parsed.parsedExpression();
  }

  /** Built on first use: the engine takes a moment to start. */
  private static final class Engine {
    static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    /** Each condition of the forms deployed, parsed; a deployment adds a few, never many. */
    static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();
  }
}
