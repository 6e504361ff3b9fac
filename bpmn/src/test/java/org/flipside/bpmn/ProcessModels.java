package org.flipside.bpmn;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The module's BPMN files read with Camunda's model API, and a few questions asked of them. */
final class ProcessModels {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private ProcessModels() {}

  /** Every {@code .bpmn} resource with its parsed model. */
  static List<Model> all() {
    return ProcessResources.withSuffix(".bpmn").stream()
        .map(path -> new Model(path, Bpmn.readModelFromStream(ProcessResources.open(path))))
        .toList();
  }

  /** The multi-instance sub-process an element runs inside, if any. */
  static Optional<SubProcess> enclosingMultiInstance(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof SubProcess subProcess && subProcess.getLoopCharacteristics() != null) {
        return Optional.of(subProcess);
      }
    }
    return Optional.empty();
  }

  /** Names of the sub-process's input parameters, which become variables local to each instance. */
  static List<String> localVariables(SubProcess subProcess) {
    if (subProcess.getExtensionElements() == null) {
      return List.of();
    }
    return subProcess.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list()
        .stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .map(CamundaInputParameter::getCamundaName)
        .toList();
  }

  /** One BPMN file. */
  record Model(String path, BpmnModelInstance instance) {
    @Override
    public String toString() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
