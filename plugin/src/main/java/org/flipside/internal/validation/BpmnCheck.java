package org.flipside.internal.validation;

/** One check of a BPMN file that Camunda's parser leaves to run time. */
interface BpmnCheck {

  void check(XmlFile diagram, ResourceSet set, Problems problems);
}
