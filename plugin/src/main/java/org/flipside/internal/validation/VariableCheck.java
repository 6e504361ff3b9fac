package org.flipside.internal.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every variable a process reads is set by something in it: its start, a building block it uses, a user task's form
 * (whose answers, and who completed it, the task sets), a message it receives, or a mapping. A misspelt name in a
 * condition, or a step moved ahead of the one that sets what it needs, would otherwise fail while a programme runs.
 */
final class VariableCheck implements BpmnCheck {

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element process : diagram.elements(XmlFile.BPMN, "process")) {
      Set<String> setHere = setIn(diagram, process, set);
      Map<String, String> reads = readsIn(process);
      reads.forEach((name, elementId) -> {
        if (!setHere.contains(name) && BuildingBlocks.named(name).isEmpty()) {
          problems.add(diagram.name, elementId, Vars.named(name).isPresent()
              ? "reads " + name + ", which no step of " + process.getAttribute("id") + " sets: not its start, "
                  + "a building block, a form, a message or a mapping"
              : "reads " + name + ", which is neither a variable of Flipside nor set by a step of "
                  + process.getAttribute("id"));
        }
      });
    }
  }

  /** Every variable something in the process sets. */
  private static Set<String> setIn(XmlFile diagram, Element process, ResourceSet set) {
    Set<String> names = new TreeSet<>(Expressions.ENGINE_NAMES);
    Processes.withKey(process.getAttribute("id"))
        .ifPresent(declared -> declared.startsWith().forEach(var -> names.add(var.name())));
    for (Element element : XmlFile.elements(process, "*", "*")) {
      String delegate = element.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression")
          + element.getAttribute("delegateExpression");
      Expressions.in(delegate).forEach(bean -> BuildingBlocks.named(bean.strip())
          .ifPresent(block -> block.sets().forEach(var -> names.add(var.name()))));
      for (String attribute : new String[] {"resultVariable", "elementVariable"}) {
        String value = element.getAttributeNS(XmlFile.CAMUNDA, attribute);
        if (!value.isEmpty()) {
          names.add(value);
        }
      }
    }
    for (Element task : XmlFile.elements(process, XmlFile.BPMN, "userTask")) {
      names.add(Vars.COMPLETED_BY.name());
      String formRef = task.getAttributeNS(XmlFile.CAMUNDA, "formRef");
      // of Flipside's own forms only the steering answers reach the engine; a new form asks for nothing else
      Forms.withId(formRef).map(Form::steering).ifPresentOrElse(
          fields -> fields.forEach(var -> names.add(var.name())), () -> names.addAll(set.formFields(formRef)));
    }
    for (Element message : diagram.elements(XmlFile.BPMN, "message")) {
      Messages.named(message.getAttribute("name"))
          .ifPresent(declared -> declared.carries().forEach(var -> names.add(var.name())));
    }
    for (String mapping : new String[] {"inputParameter", "outputParameter"}) {
      XmlFile.elements(process, XmlFile.CAMUNDA, mapping)
          .forEach(parameter -> names.add(parameter.getAttribute("name")));
    }
    XmlFile.elements(process, XmlFile.CAMUNDA, "out").forEach(out -> names.add(out.getAttribute("target")));
    return names;
  }

  /** Every variable the process reads, with the first element that reads it. */
  private static Map<String, String> readsIn(Element process) {
    Map<String, String> reads = new LinkedHashMap<>();
    visit(process, reads);
    for (Element element : XmlFile.elements(process, "*", "*")) {
      String delegate = element.getAttributeNS(XmlFile.CAMUNDA, "delegateExpression")
          + element.getAttribute("delegateExpression");
      Expressions.in(delegate).forEach(bean -> BuildingBlocks.named(bean.strip()).map(BuildingBlock::requires)
          .ifPresent(required -> required.stream().map(Var::name)
              .forEach(name -> reads.putIfAbsent(name, XmlFile.idOf(element)))));
    }
    return reads;
  }

  private static void visit(Element element, Map<String, String> reads) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      // a delegate expression names a building block, which the bean check checks
      if (!"delegateExpression".equals(attribute.getLocalName())) {
        note(attribute.getValue(), element, reads);
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element nested) {
        visit(nested, reads);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        note(child.getNodeValue(), element, reads);
      }
    }
  }

  private static void note(String text, Element element, Map<String, String> reads) {
    Expressions.in(text).forEach(expression -> Expressions.variables(expression, name -> Vars.named(name).isPresent())
        .forEach(name -> reads.putIfAbsent(name, XmlFile.idOf(element))));
  }
}
