package org.flipside.internal.validation;

import java.util.Set;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.w3c.dom.Element;

/**
 * A decision table parses as the engine's DMN engine reads it, and each FEEL cell parses: the DMN engine reads
 * expressions only when a rule is evaluated, so a broken cell would otherwise fail in the middle of a programme.
 */
final class DecisionCheck {

  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/FEEL/20140401",
      "https://www.omg.org/spec/DMN/20191111/FEEL/");

  private final EngineParser engine;
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  DecisionCheck(EngineParser engine) {
    this.engine = engine;
  }

  /** Checks the table's FEEL cells, and with its content also that the DMN engine reads it. */
  void check(XmlFile table, byte[] content, Problems problems) {
    if (content != null) {
      engine.parseDmn(content).ifPresent(problem -> problems.add(table.name, null, "does not parse: " + problem));
    }
    String namespace = table.document.getDocumentElement().getNamespaceURI();
    for (Element entry : XmlFile.elements(table.document.getDocumentElement(), namespace, "inputEntry")) {
      checkFeel(table, entry, true, problems);
    }
    for (Element entry : XmlFile.elements(table.document.getDocumentElement(), namespace, "outputEntry")) {
      checkFeel(table, entry, false, problems);
    }
    for (Element expression : XmlFile.elements(table.document.getDocumentElement(), namespace, "inputExpression")) {
      checkFeel(table, expression, false, problems);
    }
  }

  private void checkFeel(XmlFile table, Element cell, boolean unaryTests, Problems problems) {
    String language = cell.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !FEEL.contains(language.toLowerCase())) {
      return;
    }
    String text = XmlFile.elements(cell, cell.getNamespaceURI(), "text").stream()
        .map(Element::getTextContent).findFirst().orElse("").strip();
    if (text.isEmpty() || (unaryTests && text.equals("-"))) {
      return;
    }
    ParseResult parsed = unaryTests ? feel.parseUnaryTests(text) : feel.parseExpression(text);
    if (parsed.isFailure()) {
      problems.add(table.name, XmlFile.idOf(cell),
          "the FEEL " + (unaryTests ? "test " : "expression ") + text + " does not parse: "
              + EngineParser.readable(parsed.failure().message()));
    }
  }
}
