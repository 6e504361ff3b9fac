package org.flipside.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Stages;
import org.w3c.dom.Element;

/**
 * The programme's lifecycle keeps every stage Flipside follows, each with the stage listener, and the stage listener
 * sits on stages alone.
 */
final class StageCheck implements BpmnCheck {

  private static final String LISTENER = "${" + BuildingBlocks.STAGE_LISTENER.name() + "}";

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element process : diagram.elements(XmlFile.BPMN, "process")) {
      boolean lifecycle = Processes.LIFECYCLE.equals(process.getAttribute("id"));
      List<String> missing = new ArrayList<>(lifecycle ? Stages.IN_ORDER : List.of());
      for (Element listened : XmlFile.elements(process, XmlFile.CAMUNDA, "executionListener")) {
        if (!LISTENER.equals(listened.getAttribute("delegateExpression").strip())) {
          continue;
        }
        String stage = XmlFile.idOf((Element) listened.getParentNode().getParentNode());
        if (!lifecycle || !Stages.IN_ORDER.contains(stage)) {
          problems.add(diagram.name, stage, LISTENER + " is on " + stage + ", which is not a stage of "
              + Processes.LIFECYCLE + " (its stages: " + String.join(", ", Stages.IN_ORDER) + ")");
        }
        missing.remove(stage);
      }
      missing.forEach(stage -> problems.add(diagram.name, process.getAttribute("id"),
          "the lifecycle has no stage " + stage + " with the start listener " + LISTENER));
    }
  }
}
