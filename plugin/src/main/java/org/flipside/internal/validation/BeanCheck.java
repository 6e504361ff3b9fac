package org.flipside.internal.validation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Every {@code ${bean}} a diagram calls exists: a delegate expression names a bean, and an expression that calls a
 * method ({@code ${bean.method(...)}}) calls it on a bean or on the engine's own {@code execution} or {@code task}.
 */
final class BeanCheck implements BpmnCheck {

  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution");
  private static final Pattern DELEGATE = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
  private static final Pattern CALL = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");

  private final Set<String> beans;

  BeanCheck(Set<String> beans) {
    this.beans = beans;
  }

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element element : diagram.allElements(e -> true)) {
      String delegate = element.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression");
      if (!delegate.isEmpty()) {
        checkDelegate(diagram, element, delegate, problems);
      }
      String expression = element.getAttributeNS(XmlFile.CAMUNDA, "expression");
      calledBean(expression).filter(bean -> !beans.contains(bean) && !ENGINE_OBJECTS.contains(bean))
          .ifPresent(bean -> problems.add(diagram.name, XmlFile.idOf(element),
              "calls ${" + bean + "}, which is not one of Flipside's building blocks"));
    }
  }

  private void checkDelegate(XmlFile diagram, Element element, String delegate, Problems problems) {
    Matcher name = DELEGATE.matcher(delegate);
    if (!name.matches()) {
      problems.add(diagram.name, XmlFile.idOf(element),
          "delegate expression " + delegate + " must name one building block, as ${name}");
    } else if (!beans.contains(name.group(1))) {
      problems.add(diagram.name, XmlFile.idOf(element),
          "delegate expression ${" + name.group(1) + "} names no building block of Flipside");
    }
  }

  private static Optional<String> calledBean(String expression) {
    Matcher call = CALL.matcher(expression);
    return call.find() ? Optional.of(call.group(1)) : Optional.empty();
  }
}
