package org.flipside.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.flipside.api.ProcessProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A BPMN or DMN file read as plain XML, for the checks Camunda's own parsers leave to run time. Document type
 * declarations are refused, so a file cannot make the server read other files.
 */
final class XmlFile {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  final String name;
  final Document document;

  private XmlFile(String name, Document document) {
    this.name = name;
    this.document = document;
  }

  /** The file's XML, or a problem that says where it does not parse. */
  static Optional<XmlFile> read(String name, byte[] content, Problems problems) {
    try {
      return Optional.of(new XmlFile(name, builder().parse(new ByteArrayInputStream(content))));
    } catch (SAXParseException e) {
      problems.add(new ProcessProblem(name, null, "is not well-formed XML: " + e.getMessage(),
          Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0)));
    } catch (SAXException | IOException e) {
      problems.add(name, null, "is not well-formed XML: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      // the default handler prints parse errors to stderr before throwing them
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /** Every element of the given namespace and local name. */
  List<Element> elements(String namespace, String localName) {
    return elements(document.getDocumentElement(), namespace, localName);
  }

  static List<Element> elements(Element root, String namespace, String localName) {
    NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** Every element that matches, in document order. */
  List<Element> allElements(Predicate<Element> filter) {
    return elements(document.getDocumentElement(), "*", "*").stream().filter(filter).toList();
  }

  /**
   * The id of the element, or of its nearest ancestor that has one, passing over the parts Modeler shows as
   * properties of their element (a condition, a timer's definition): the element a process owner clicks on.
   */
  static String idOf(Element element) {
    for (Node node = element; node instanceof Element at; node = node.getParentNode()) {
      if (at.hasAttribute("id") && !isPropertyOfItsParent(at)) {
        return at.getAttribute("id");
      }
    }
    return null;
  }

  private static boolean isPropertyOfItsParent(Element element) {
    String name = element.getLocalName();
    return BPMN.equals(element.getNamespaceURI()) && (name.endsWith("Expression") || name.endsWith("EventDefinition")
        || name.startsWith("time") || name.endsWith("LoopCharacteristics") || name.equals("loopCardinality")
        || name.equals("completionCondition"));
  }
}
