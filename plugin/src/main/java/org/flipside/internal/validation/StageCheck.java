package org.flipside.internal.validation;

import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * The programme's lifecycle keeps every stage Flipside follows, each with the stage listener, and the stage listener
 * sits on stages alone.
 */
final class StageCheck implements BpmnCheck {

  private final ProcessVocabulary vocabulary;

  StageCheck(ProcessVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    String listener = "${" + vocabulary.stageListener() + "}";
    for (Element process : diagram.elements(XmlFile.BPMN, "process")) {
      boolean lifecycle = vocabulary.lifecycleProcessKey().equals(process.getAttribute("id"));
      Set<String> missing = new TreeSet<>(lifecycle ? vocabulary.stageIds() : Set.of());
      for (Element listened : XmlFile.elements(process, XmlFile.CAMUNDA, "executionListener")) {
        if (!listener.equals(listened.getAttribute("delegateExpression").strip())) {
          continue;
        }
        String stage = XmlFile.idOf((Element) listened.getParentNode().getParentNode());
        if (!lifecycle || !vocabulary.stageIds().contains(stage)) {
          problems.add(diagram.name, stage, listener + " is on " + stage + ", which is not a stage of "
              + vocabulary.lifecycleProcessKey() + " (stages: " + new TreeSet<>(vocabulary.stageIds()) + ")");
        }
        missing.remove(stage);
      }
      missing.forEach(stage -> problems.add(diagram.name, process.getAttribute("id"),
          "the lifecycle has no stage " + stage + " with the start listener " + listener));
    }
  }
}
