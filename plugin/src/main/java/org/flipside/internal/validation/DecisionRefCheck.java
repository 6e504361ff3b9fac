package org.flipside.internal.validation;

import java.util.regex.Matcher;
import org.flipside.bpmn.vocabulary.Decision;
import org.flipside.bpmn.vocabulary.Decisions;
import org.w3c.dom.Element;

/**
 * A step that evaluates a decision finds it: the decision is in the set, or a version of it is already deployed.
 */
final class DecisionRefCheck implements BpmnCheck {

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element task : diagram.elements(XmlFile.BPMN, "serviceTask")) {
      Matcher bean = BeanCheck.DELEGATE.matcher(task.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression"));
      if (!bean.matches()) {
        continue;
      }
      for (Decision decision : Decisions.evaluatedBy(bean.group(1))) {
        if (!set.hasDecision(decision.key())) {
          problems.add(diagram.name, task.getAttribute("id"), "${" + bean.group(1) + "} evaluates the decision "
              + decision.key() + ", which is neither in this set nor deployed: add a DMN file with that decision");
        }
      }
    }
  }
}
