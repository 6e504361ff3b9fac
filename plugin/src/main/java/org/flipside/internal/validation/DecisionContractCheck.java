package org.flipside.internal.validation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.flipside.bpmn.vocabulary.Decision;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.bpmn.vocabulary.Var;
import org.w3c.dom.Element;

/**
 * A decision Flipside evaluates keeps its contract: a table with one answer per evaluation, inputs that read only the
 * variables Flipside gives it, and exactly the outputs Flipside reads, with values Flipside understands.
 */
final class DecisionContractCheck {

  private static final Set<String> SEVERAL_ANSWERS = Set.of("COLLECT", "RULE ORDER", "OUTPUT ORDER");
  /** What a unary test calls the value it tests: {@code ?}, or the input's variable, {@code cellInput} by default. */
  private static final String INPUT_VALUE = "?";
  private static final String DEFAULT_INPUT_VARIABLE = "cellInput";

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  void check(XmlFile file, Problems problems) {
    String namespace = file.document.getDocumentElement().getNamespaceURI();
    for (Element element : file.elements(namespace, "decision")) {
      Decisions.withKey(element.getAttribute("id")).ifPresent(decision -> {
        List<Element> tables = XmlFile.elements(element, namespace, "decisionTable");
        if (tables.isEmpty()) {
          problems.add(file.name, decision.key(), "must be a decision table: Flipside evaluates " + decision.key()
              + " as one");
          return;
        }
        checkTable(file, decision, tables.get(0), namespace, problems);
      });
    }
  }

  private void checkTable(XmlFile file, Decision decision, Element table, String namespace, Problems problems) {
    String hitPolicy = table.getAttribute("hitPolicy").strip();
    if (SEVERAL_ANSWERS.contains(hitPolicy)) {
      problems.add(file.name, XmlFile.idOf(table), "has the hit policy " + hitPolicy
          + ", which gives several answers: Flipside reads one, so use UNIQUE, FIRST, ANY or PRIORITY");
    }
    List<Element> inputs = XmlFile.elements(table, namespace, "input");
    List<Element> outputs = XmlFile.elements(table, namespace, "output");
    for (Element input : inputs) {
      XmlFile.elements(input, namespace, "inputExpression").forEach(expression ->
          readsOnlyGiven(file, decision, input, textOf(expression, namespace), false, Set.of(), problems));
    }
    for (Element rule : XmlFile.elements(table, namespace, "rule")) {
      List<Element> tests = XmlFile.elements(rule, namespace, "inputEntry");
      for (int column = 0; column < tests.size() && column < inputs.size(); column++) {
        String variable = inputs.get(column).getAttributeNS(XmlFile.CAMUNDA_DMN, "inputVariable");
        Set<String> testedValue = Set.of(INPUT_VALUE, variable.isBlank() ? DEFAULT_INPUT_VARIABLE : variable);
        readsOnlyGiven(file, decision, tests.get(column), textOf(tests.get(column), namespace), true, testedValue,
            problems);
      }
      List<Element> answers = XmlFile.elements(rule, namespace, "outputEntry");
      for (int column = 0; column < answers.size() && column < outputs.size(); column++) {
        Element answer = answers.get(column);
        decision.output(outputs.get(column).getAttribute("name").strip())
            .ifPresent(output -> checkValue(file, output, answer, textOf(answer, namespace), problems));
      }
    }
    Set<String> named = new TreeSet<>();
    for (Element output : outputs) {
      String name = output.getAttribute("name").strip();
      named.add(name);
      if (decision.output(name).isEmpty()) {
        problems.add(file.name, XmlFile.idOf(output), "Flipside reads no output named '" + name + "' from "
            + decision.key() + ": name the output " + outputNames(decision));
      }
    }
    for (Decision.Output read : decision.reads()) {
      if (!named.contains(read.name())) {
        problems.add(file.name, XmlFile.idOf(table), "has no output named '" + read.name() + "', which Flipside "
            + "reads: " + read.var().meaning());
      }
    }
  }

  /** An answer written as a text literal must be one Flipside understands; an expression is left to run time. */
  private static void checkValue(XmlFile file, Decision.Output output, Element answer, String text,
      Problems problems) {
    boolean literal = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    if (literal && !output.values().isEmpty() && !output.values().contains(text.substring(1, text.length() - 1))) {
      problems.add(file.name, XmlFile.idOf(answer), "answers " + text + " for " + output.name()
          + ", which Flipside does not understand: use one of " + String.join(", ", output.values()));
    }
  }

  private void readsOnlyGiven(XmlFile file, Decision decision, Element cell, String text, boolean unaryTests,
      Set<String> testedValue, Problems problems) {
    if (text.isEmpty() || (unaryTests && text.equals("-"))) {
      return;
    }
    ParseResult parsed = unaryTests ? feel.parseUnaryTests(text) : feel.parseExpression(text);
    if (parsed.isFailure()) {
      return; // DecisionCheck names the cell that does not parse
    }
    Set<String> unknown = new TreeSet<>(FeelNames.readBy(parsed.parsedExpression().expression()));
    unknown.removeAll(testedValue);
    unknown.removeIf(decision::gives);
    if (!unknown.isEmpty()) {
      problems.add(file.name, XmlFile.idOf(cell), "reads " + String.join(", ", unknown) + ", which Flipside does "
          + "not give " + decision.key() + ": it gives " + decision.gives().stream().map(Var::name)
              .collect(Collectors.joining(", ")));
    }
  }

  private static String outputNames(Decision decision) {
    return decision.reads().stream().map(Decision.Output::name).collect(Collectors.joining(" or "));
  }

  private static String textOf(Element cell, String namespace) {
    return XmlFile.elements(cell, namespace, "text").stream().map(Element::getTextContent).findFirst().orElse("")
        .strip();
  }
}
