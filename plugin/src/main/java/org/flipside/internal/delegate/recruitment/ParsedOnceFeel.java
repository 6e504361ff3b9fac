package org.flipside.internal.delegate.recruitment;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The FEEL engine the DMN engine evaluates a table's cells with, parsing each cell's text once: the stock one parses
 * it again for every evaluation, which is most of the cost of asking one table about every employee.
 */
final class ParsedOnceFeel implements FeelEngine {

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    ParsedExpression parsed = expressions.computeIfAbsent(expression, parsing(feel::parseExpression));
    return (T) valueOf(feel.evaluate(parsed, asMap(variables)), expression);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    ParsedExpression parsed = unaryTests.computeIfAbsent(expression, parsing(feel::parseUnaryTests));
    Object input = variables.resolve(inputVariable) == null ? null : variables.resolve(inputVariable).getValue();
    return Boolean.TRUE.equals(valueOf(feel.evaluateWithInput(parsed, input, asMap(variables)), expression));
  }

  private static Function<String, ParsedExpression> parsing(Function<String, ParseResult> parser) {
    return text -> {
      ParseResult parsed = parser.apply(text);
      if (parsed.isFailure()) {
        throw new FeelException("FEEL " + text + " does not parse: " + parsed.failure().message());
      }
      return parsed.parsedExpression();
    };
  }

  private static Object valueOf(EvaluationResult result, String expression) {
    if (result.isFailure()) {
      throw new FeelException("FEEL " + expression + " failed: " + result.failure().message());
    }
    return result.result();
  }

  private static Map<String, Object> asMap(VariableContext variables) {
    Map<String, Object> values = new HashMap<>();
    for (String name : variables.keySet()) {
      values.put(name, variables.resolve(name).getValue());
    }
    return values;
  }
}
