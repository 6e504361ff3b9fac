package org.flipside.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Signals;
import org.flipside.bpmn.vocabulary.Stages;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every deployed diagram and form uses only what the vocabulary declares, and everything the vocabulary declares is
 * used: a bean, variable, form, process, message, stage or answer renamed on one side only fails here.
 */
class VocabularyTest {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA_NS = ProcessModels.CAMUNDA_NS;
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])[A-Za-z_]\\w*");
  private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
      "false", "null", "empty", "div", "mod", "instanceof");
  /** Names the engine itself provides to expressions. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "loopCounter", "nrOfInstances",
      "nrOfActiveInstances", "nrOfCompletedInstances");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a diagram names, by kind, with where it names it. */
  private enum Kind { NAME_IN_EXPRESSION, VARIABLE, SERVICE_TASK_BEAN, LISTENER_BEAN, FORM, CALLED_PROCESS, PROCESS,
      MESSAGE, SIGNAL, COMPARED_VALUE }

  private record Reference(Kind kind, String name, String where) {}

  private static final List<Reference> REFERENCES = new ArrayList<>();
  private static final Map<String, JsonNode> FORMS = new LinkedHashMap<>();
  private static final List<String> STAGE_IDS = new ArrayList<>();

  @BeforeAll
  static void readTheDeployment() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String resource : deployed()) {
      try (InputStream in = ProcessResources.open(ProcessResources.FOLDER + "/" + resource)) {
        if (resource.endsWith(".bpmn")) {
          collectReferences(resource, factory.newDocumentBuilder().parse(in));
        } else if (resource.endsWith(".form")) {
          FORMS.put(resource, JSON.readTree(in));
        }
      }
    }
  }

  @Test
  void everyNameInAnExpressionIsADeclaredVariableOrBuildingBlock() {
    assertThat(references(Kind.NAME_IN_EXPRESSION)
        .filter(ref -> Vars.named(ref.name()).isEmpty() && BuildingBlocks.named(ref.name()).isEmpty()
            && !ENGINE_NAMES.contains(ref.name()))
        .map(ref -> ref.where() + ": '" + ref.name() + "' is neither a variable nor a building block"))
        .isEmpty();
  }

  @Test
  void everyBeanADiagramCallsIsABuildingBlockOfItsKind() {
    assertThat(Stream.concat(
        wrongBeans(Kind.SERVICE_TASK_BEAN, BuildingBlock.Kind.SERVICE_TASK),
        wrongBeans(Kind.LISTENER_BEAN, BuildingBlock.Kind.EXECUTION_LISTENER))).isEmpty();
  }

  @Test
  void everyVariableADiagramNamesIsDeclared() {
    assertThat(references(Kind.VARIABLE).filter(ref -> Vars.named(ref.name()).isEmpty())
        .map(ref -> ref.where() + ": variable '" + ref.name() + "' is not in Vars")).isEmpty();
  }

  @Test
  void everyFormProcessMessageAndSignalADiagramNamesIsDeclared() {
    assertThat(Stream.of(
        references(Kind.FORM).filter(ref -> Forms.withId(ref.name()).isEmpty())
            .map(ref -> ref.where() + ": form '" + ref.name() + "' is not in Forms"),
        references(Kind.CALLED_PROCESS).filter(ref -> Processes.withKey(ref.name()).isEmpty())
            .map(ref -> ref.where() + ": calls '" + ref.name() + "', which is not in Processes"),
        references(Kind.PROCESS).filter(ref -> Processes.withKey(ref.name()).isEmpty())
            .map(ref -> ref.where() + ": process '" + ref.name() + "' is not in Processes"),
        references(Kind.MESSAGE).filter(ref -> Messages.named(ref.name()).isEmpty())
            .map(ref -> ref.where() + ": message '" + ref.name() + "' is not in Messages"),
        references(Kind.SIGNAL).filter(ref -> !Signals.all().contains(ref.name()))
            .map(ref -> ref.where() + ": signal '" + ref.name() + "' is not in Signals"))
        .flatMap(problems -> problems)).isEmpty();
  }

  @Test
  void theLifecycleRunsTheDeclaredStagesInOrderEachReportingItself() {
    assertThat(STAGE_IDS).containsExactlyElementsOf(Stages.IN_ORDER);
  }

  @Test
  void everyValueAGatewayComparesWithIsADeclaredAnswerOfferedByAForm() {
    Set<String> offered = new TreeSet<>();
    FORMS.values().forEach(form -> components(form).forEach(component ->
        component.path("values").forEach(option -> offered.add(option.path("value").asText()))));
    assertThat(Stream.concat(
        references(Kind.COMPARED_VALUE).filter(ref -> !Answers.all().contains(ref.name()))
            .map(ref -> ref.where() + ": '" + ref.name() + "' is not in Answers"),
        Answers.all().stream().filter(answer -> !offered.contains(answer))
            .map(answer -> "Answers '" + answer + "' is offered by no form"))).isEmpty();
  }

  @Test
  void everyFormHoldsExactlyTheFieldsItsHandlerKnowsAndShowsOnlyDeclaredVariables() {
    List<String> problems = new ArrayList<>();
    Set<String> deployed = new TreeSet<>();
    FORMS.forEach((file, json) -> {
      String id = json.path("id").asText();
      deployed.add(id);
      Forms.withId(id).ifPresentOrElse(form -> {
        if (!fieldKeys(json).equals(names(form.fields()))) {
          problems.add(file + ": its fields " + fieldKeys(json) + " are not those Forms declares " + names(form.fields()));
        }
        if (!shown(json).equals(names(form.shows()))) {
          problems.add(file + ": it shows " + shown(json) + ", but Forms declares it shows " + names(form.shows()));
        }
      }, () -> problems.add(file + ": form '" + id + "' is not in Forms"));
    });
    Forms.all().stream().filter(form -> !deployed.contains(form.id()))
        .forEach(form -> problems.add("Forms declares '" + form.id() + "', which is not deployed"));
    assertThat(problems).isEmpty();
  }

  @Test
  void everythingDeclaredIsUsedByADiagramFormOrBuildingBlock() {
    Set<String> used = new HashSet<>();
    REFERENCES.forEach(ref -> used.add(ref.name()));
    FORMS.values().forEach(form -> {
      used.addAll(fieldKeys(form));
      used.addAll(shown(form));
    });
    BuildingBlocks.all().forEach(block -> {
      used.addAll(names(block.reads()));
      used.addAll(names(block.sets()));
    });
    Processes.all().forEach(process -> used.addAll(names(process.startsWith())));
    Messages.all().forEach(message -> used.addAll(names(message.carries())));

    assertThat(Stream.of(
        unused("variable", Vars.all().stream().map(Var::name), used),
        // a block that takes settings is a general-purpose step for process owners: no diagram need use it
        unused("building block", BuildingBlocks.all().stream()
            .filter(block -> block.inputs().isEmpty()).map(BuildingBlock::name), used),
        unused("form", Forms.all().stream().map(Form::id), used),
        unused("process", Processes.all().stream().map(Processes.FlipsideProcess::key), used),
        unused("message", Messages.all().stream().map(Messages.Message::name), used),
        unused("signal", Signals.all().stream(), used))
        .flatMap(unused -> unused))
        .as("declared but used nowhere").isEmpty();
  }

  private static Stream<String> unused(String what, Stream<String> declared, Set<String> used) {
    return declared.filter(name -> !used.contains(name)).map(name -> what + " " + name);
  }

  @Test
  void everyNameIsDeclaredOnce() {
    assertThat(Vars.all().stream().map(Var::name)).doesNotHaveDuplicates();
    assertThat(BuildingBlocks.all().stream().map(BuildingBlock::name)).doesNotHaveDuplicates();
    assertThat(Forms.all().stream().map(Form::id)).doesNotHaveDuplicates();
    assertThat(Answers.all()).doesNotHaveDuplicates();
    assertThat(Vars.all()).hasSizeGreaterThan(100);
    assertThat(BuildingBlocks.all()).allSatisfy(block ->
        assertThat(block.description()).as(block.name()).isNotBlank());
  }

  private static Stream<Reference> references(Kind kind) {
    return REFERENCES.stream().filter(ref -> ref.kind() == kind);
  }

  private static Stream<String> wrongBeans(Kind kind, BuildingBlock.Kind blockKind) {
    return references(kind)
        .filter(ref -> BuildingBlocks.named(ref.name()).map(BuildingBlock::kind).filter(blockKind::equals).isEmpty())
        .map(ref -> ref.where() + ": ${" + ref.name() + "} is no building block of kind " + blockKind);
  }

  private static void collectReferences(String file, Document diagram) {
    collectExpressions(file, diagram.getDocumentElement());
    for (Element task : elements(diagram, BPMN_NS, "serviceTask")) {
      add(Kind.SERVICE_TASK_BEAN, bean(task.getAttributeNS(CAMUNDA_NS, "delegateExpression")), file, task);
    }
    for (Element listener : elements(diagram, CAMUNDA_NS, "executionListener")) {
      Element owner = (Element) listener.getParentNode().getParentNode();
      String bean = bean(listener.getAttribute("delegateExpression"));
      add(Kind.LISTENER_BEAN, bean, file, owner);
      if (bean.equals(BuildingBlocks.STAGE_LISTENER.name())) {
        STAGE_IDS.add(owner.getAttribute("id"));
      }
    }
    for (String parameter : List.of("inputParameter", "outputParameter")) {
      for (Element element : elements(diagram, CAMUNDA_NS, parameter)) {
        add(Kind.VARIABLE, element.getAttribute("name"), file, element);
      }
    }
    for (Element in : elements(diagram, CAMUNDA_NS, "in")) {
      if (in.hasAttribute("source")) {
        add(Kind.VARIABLE, in.getAttribute("source"), file, in);
        add(Kind.VARIABLE, in.getAttribute("target"), file, in);
      }
    }
    for (Element loop : elements(diagram, BPMN_NS, "multiInstanceLoopCharacteristics")) {
      add(Kind.VARIABLE, loop.getAttributeNS(CAMUNDA_NS, "elementVariable"), file, loop);
    }
    for (Element task : elements(diagram, BPMN_NS, "userTask")) {
      add(Kind.FORM, task.getAttributeNS(CAMUNDA_NS, "formRef"), file, task);
    }
    for (Element call : elements(diagram, BPMN_NS, "callActivity")) {
      add(Kind.CALLED_PROCESS, call.getAttribute("calledElement"), file, call);
    }
    for (Element process : elements(diagram, BPMN_NS, "process")) {
      add(Kind.PROCESS, process.getAttribute("id"), file, process);
    }
    for (Element message : elements(diagram, BPMN_NS, "message")) {
      add(Kind.MESSAGE, message.getAttribute("name"), file, message);
    }
    for (Element signal : elements(diagram, BPMN_NS, "signal")) {
      add(Kind.SIGNAL, signal.getAttribute("name"), file, signal);
    }
  }

  /** Every expression in an attribute or text of the element and those inside it. */
  private static void collectExpressions(String file, Element element) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      collectExpression(file, element, ((Attr) attributes.item(i)).getValue());
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        collectExpressions(file, childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        collectExpression(file, element, child.getNodeValue());
      }
    }
  }

  private static void collectExpression(String file, Element element, String text) {
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      String expression = expressions.group(1);
      Matcher quoted = QUOTED.matcher(expression);
      while (quoted.find()) {
        add(Kind.COMPARED_VALUE, quoted.group(1) != null ? quoted.group(1) : quoted.group(2), file, element);
      }
      Matcher names = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll("''"));
      while (names.find()) {
        if (!EL_WORDS.contains(names.group())) {
          add(Kind.NAME_IN_EXPRESSION, names.group(), file, element);
        }
      }
    }
  }

  private static void add(Kind kind, String name, String file, Element element) {
    REFERENCES.add(new Reference(kind, name, file + ": " + enclosingId(element)));
  }

  private static String bean(String expression) {
    return expression.replaceAll("^\\$\\{(.*)}$", "$1");
  }

  private static String enclosingId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return "(no id)";
  }

  private static List<Element> elements(Document diagram, String namespace, String localName) {
    NodeList nodes = diagram.getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Set<String> fieldKeys(JsonNode form) {
    Set<String> keys = new TreeSet<>();
    components(form).stream().filter(component -> component.hasNonNull("key"))
        .forEach(component -> keys.add(component.path("key").asText()));
    return keys;
  }

  /** What the form's text and option lists read. */
  private static Set<String> shown(JsonNode form) {
    Set<String> shown = new TreeSet<>();
    for (JsonNode component : components(form)) {
      if (component.hasNonNull("valuesKey")) {
        shown.add(component.path("valuesKey").asText());
      }
      Matcher text = SHOWN.matcher(component.path("text").asText());
      while (text.find()) {
        shown.add(text.group(1));
      }
    }
    return shown;
  }

  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    form.path("components").forEach(component -> {
      all.add(component);
      all.addAll(components(component));
    });
    return all;
  }

  private static Set<String> names(List<Var<?>> vars) {
    Set<String> names = new TreeSet<>();
    vars.forEach(var -> names.add(var.name()));
    return names;
  }

  private static List<String> deployed() throws IOException {
    try (InputStream in = ProcessResources.open(ProcessResources.FOLDER + "/deployment.index")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
