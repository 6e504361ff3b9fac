package org.flipside.internal.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.w3c.dom.Element;

/**
 * Every {@code ${bean}} a diagram calls is one of Flipside's building blocks, used where it belongs: a service
 * task's block on a service task, a listener's on an execution listener.
 */
final class BeanCheck implements BpmnCheck {

  /** A delegate expression that names one bean, as {@code ${name}}; the name is the first group. */
  static final Pattern DELEGATE = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
  private static final Pattern CALL = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element element : diagram.allElements(e -> true)) {
      String delegate = element.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression");
      if (delegate.isEmpty() && XmlFile.CAMUNDA.equals(element.getNamespaceURI())) {
        delegate = element.getAttribute("delegateExpression");
      }
      if (!delegate.isEmpty()) {
        checkDelegate(diagram, element, delegate, problems);
      }
      String expression = element.getAttributeNS(XmlFile.CAMUNDA, "expression");
      calledBean(expression)
          .filter(bean -> BuildingBlocks.named(bean).isEmpty() && !Expressions.ENGINE_NAMES.contains(bean))
          .ifPresent(bean -> problems.add(diagram.name, XmlFile.idOf(element),
              "calls ${" + bean + "}, which is not one of Flipside's building blocks"));
    }
  }

  private static void checkDelegate(XmlFile diagram, Element element, String delegate, Problems problems) {
    Matcher name = DELEGATE.matcher(delegate);
    if (!name.matches()) {
      problems.add(diagram.name, XmlFile.idOf(element),
          "delegate expression " + delegate + " must name one building block, as ${name}");
      return;
    }
    BuildingBlock.Kind place = "executionListener".equals(element.getLocalName())
        ? BuildingBlock.Kind.EXECUTION_LISTENER : BuildingBlock.Kind.SERVICE_TASK;
    BuildingBlocks.named(name.group(1)).ifPresentOrElse(
        block -> {
          if (block.kind() != place) {
            problems.add(diagram.name, XmlFile.idOf(element), "${" + block.name() + "} is a building block for "
                + describe(block.kind()) + ", not for " + describe(place));
          }
        },
        () -> problems.add(diagram.name, XmlFile.idOf(element),
            "delegate expression ${" + name.group(1) + "} names no building block of Flipside"));
  }

  private static String describe(BuildingBlock.Kind kind) {
    return kind == BuildingBlock.Kind.SERVICE_TASK ? "a service task" : "an execution listener";
  }

  private static Optional<String> calledBean(String expression) {
    Matcher call = CALL.matcher(expression);
    return call.find() ? Optional.of(call.group(1)) : Optional.empty();
  }
}
