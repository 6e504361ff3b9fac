package org.flipside.internal.validation;

import org.w3c.dom.Element;

/** Every user task's form ({@code camunda:formRef}) is in the set or already deployed. */
final class FormRefCheck implements BpmnCheck {

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element task : diagram.elements(XmlFile.BPMN, "userTask")) {
      String formRef = task.getAttributeNS(XmlFile.CAMUNDA, "formRef");
      if (!formRef.isEmpty() && !isExpression(formRef) && !set.hasForm(formRef)) {
        problems.add(diagram.name, task.getAttribute("id"),
            "shows the form " + formRef + ", which is neither in this deployment nor deployed before");
      }
    }
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }
}
