package org.flipside.internal.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Input;
import org.w3c.dom.Element;

/**
 * A building block that takes settings (such as {@code notify}) gets each of them as an input parameter on its
 * task, as its element template sets them, and a choice is one of the values the template offers: otherwise the
 * step would fail only when a programme reaches it.
 */
final class InputCheck implements BpmnCheck {

  private static final Pattern DELEGATE = Pattern.compile("^\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element task : diagram.elements(XmlFile.BPMN, "serviceTask")) {
      blockOf(task).filter(block -> !block.inputs().isEmpty()).ifPresent(block -> {
        Map<String, String> given = inputParameters(task);
        for (Input input : block.inputs()) {
          String name = input.var().name();
          String value = given.get(name);
          if (value == null || value.isBlank()) {
            problems.add(diagram.name, task.getAttribute("id"),
                "${" + block.name() + "} needs the input parameter " + name + " (" + input.label() + ")");
          } else if (input.field() == Input.Field.CHOICE && Expressions.in(value).isEmpty()
              && !input.choices().contains(value.strip())) {
            problems.add(diagram.name, task.getAttribute("id"), "input parameter " + name + " is '" + value.strip()
                + "', which is not one of " + String.join(", ", input.choices()));
          }
        }
      });
    }
  }

  private static Optional<BuildingBlock> blockOf(Element task) {
    Matcher name = DELEGATE.matcher(task.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression"));
    return name.matches() ? BuildingBlocks.named(name.group(1)) : Optional.empty();
  }

  /** The task's own input parameters by name, not those of listeners or connectors inside it. */
  private static Map<String, String> inputParameters(Element task) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Element parameter : XmlFile.elements(task, XmlFile.CAMUNDA, "inputParameter")) {
      Element inputOutput = (Element) parameter.getParentNode();
      if (inputOutput.getParentNode().getParentNode() == task) {
        parameters.put(parameter.getAttribute("name"), parameter.getTextContent());
      }
    }
    return parameters;
  }
}
