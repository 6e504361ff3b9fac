package org.flipside.internal.validation;

import java.time.Period;
import java.time.format.DateTimeParseException;
import org.flipside.bpmn.vocabulary.Vars;
import org.w3c.dom.Element;

/**
 * A session cadence a diagram sets itself (as an input parameter on a step) is an ISO-8601 period, as the
 * scoping form's is: the step that opens each session period parses it only when a pair reaches it.
 */
final class CadenceCheck implements BpmnCheck {

  private static final String CADENCE = Vars.SESSION_CADENCE.name();

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element parameter : diagram.elements(XmlFile.CAMUNDA, "inputParameter")) {
      String value = parameter.getTextContent().strip();
      if (CADENCE.equals(parameter.getAttribute("name")) && Expressions.in(value).isEmpty() && !isPeriod(value)) {
        problems.add(diagram.name, XmlFile.idOf(parameter),
            CADENCE + " is '" + value + "', which is not an ISO-8601 period such as P2W or P1M");
      }
    }
  }

  private static boolean isPeriod(String value) {
    try {
      Period.parse(value);
      return true;
    } catch (DateTimeParseException notAPeriod) {
      return false;
    }
  }
}
