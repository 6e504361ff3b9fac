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

  private static final Map<String, Document> DIAGRAMS = new LinkedHashMap<>();
  private static final Map<String, JsonNode> FORMS = new LinkedHashMap<>();
  /** What the diagrams and forms use, by kind. */
  private static final Set<String> USED_NAMES = new HashSet<>();
  private static final Set<String> USED_ANSWERS = new HashSet<>();

  @BeforeAll
  static void readTheDeployment() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String resource : deployed()) {
      try (InputStream in = ProcessResources.open(ProcessResources.FOLDER + "/" + resource)) {
        if (resource.endsWith(".bpmn")) {
          DIAGRAMS.put(resource, factory.newDocumentBuilder().parse(in));
        } else if (resource.endsWith(".form")) {
          FORMS.put(resource, JSON.readTree(in));
        }
      }
    }
  }

  @Test
  void everyNameInAnExpressionIsADeclaredVariableOrBuildingBlock() {
    List<String> problems = new ArrayList<>();
    forEachExpression((where, expression) -> {
      for (String name : identifiers(expression)) {
        USED_NAMES.add(name);
        if (Vars.named(name).isEmpty() && BuildingBlocks.named(name).isEmpty() && !ENGINE_NAMES.contains(name)) {
          problems.add(where + ": '" + name + "' in " + expression + " is neither a variable nor a building block");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBeanADiagramCallsIsABuildingBlockOfItsKind() {
    List<String> problems = new ArrayList<>();
    DIAGRAMS.forEach((file, diagram) -> {
      for (Element task : elements(diagram, BPMN_NS, "serviceTask")) {
        checkBean(problems, file, task, task.getAttributeNS(CAMUNDA_NS, "delegateExpression"),
            BuildingBlock.Kind.SERVICE_TASK);
      }
      for (Element listener : elements(diagram, CAMUNDA_NS, "executionListener")) {
        checkBean(problems, file, (Element) listener.getParentNode().getParentNode(),
            listener.getAttribute("delegateExpression"), BuildingBlock.Kind.EXECUTION_LISTENER);
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyVariableADiagramNamesIsDeclared() {
    List<String> problems = new ArrayList<>();
    DIAGRAMS.forEach((file, diagram) -> {
      for (String kind : List.of("inputParameter", "outputParameter")) {
        for (Element parameter : elements(diagram, CAMUNDA_NS, kind)) {
          checkVariable(problems, file, parameter, parameter.getAttribute("name"), kind);
        }
      }
      for (Element in : elements(diagram, CAMUNDA_NS, "in")) {
        if (in.hasAttribute("source")) {
          checkVariable(problems, file, in, in.getAttribute("source"), "call activity input source");
          checkVariable(problems, file, in, in.getAttribute("target"), "call activity input target");
        }
      }
      for (Element loop : elements(diagram, BPMN_NS, "multiInstanceLoopCharacteristics")) {
        checkVariable(problems, file, loop, loop.getAttributeNS(CAMUNDA_NS, "elementVariable"), "element variable");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormProcessAndMessageADiagramNamesIsDeclared() {
    List<String> problems = new ArrayList<>();
    DIAGRAMS.forEach((file, diagram) -> {
      for (Element task : elements(diagram, BPMN_NS, "userTask")) {
        String formRef = task.getAttributeNS(CAMUNDA_NS, "formRef");
        USED_NAMES.add(formRef);
        if (Forms.withId(formRef).isEmpty()) {
          problems.add(file + ": " + task.getAttribute("id") + ": form '" + formRef + "' is not in Forms");
        }
      }
      for (Element call : elements(diagram, BPMN_NS, "callActivity")) {
        String called = call.getAttribute("calledElement");
        if (Processes.withKey(called).isEmpty()) {
          problems.add(file + ": " + call.getAttribute("id") + ": calls '" + called + "', which is not in Processes");
        }
      }
      for (Element process : elements(diagram, BPMN_NS, "process")) {
        USED_NAMES.add(process.getAttribute("id"));
        if (Processes.withKey(process.getAttribute("id")).isEmpty()) {
          problems.add(file + ": process '" + process.getAttribute("id") + "' is not in Processes");
        }
      }
      for (Element message : elements(diagram, BPMN_NS, "message")) {
        USED_NAMES.add(message.getAttribute("name"));
        if (Messages.named(message.getAttribute("name")).isEmpty()) {
          problems.add(file + ": " + message.getAttribute("id") + ": message '" + message.getAttribute("name")
              + "' is not in Messages");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void theLifecycleRunsTheDeclaredStagesInOrderEachReportingItself() {
    List<String> stages = new ArrayList<>();
    DIAGRAMS.values().forEach(diagram -> {
      for (Element listener : elements(diagram, CAMUNDA_NS, "executionListener")) {
        if (listener.getAttribute("delegateExpression").equals("${" + BuildingBlocks.STAGE_LISTENER.name() + "}")) {
          stages.add(((Element) listener.getParentNode().getParentNode()).getAttribute("id"));
        }
      }
    });
    assertThat(stages).containsExactlyElementsOf(Stages.IN_ORDER);
  }

  @Test
  void everyValueAGatewayComparesWithIsADeclaredAnswerOfferedByAForm() {
    Set<String> offered = new TreeSet<>();
    FORMS.values().forEach(form -> components(form).forEach(component ->
        component.path("values").forEach(option -> offered.add(option.path("value").asText()))));
    List<String> problems = new ArrayList<>();
    forEachExpression((where, expression) -> {
      Matcher quoted = QUOTED.matcher(expression);
      while (quoted.find()) {
        String value = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
        USED_ANSWERS.add(value);
        if (!Answers.all().contains(value)) {
          problems.add(where + ": '" + value + "' in " + expression + " is not in Answers");
        }
      }
    });
    Answers.all().stream().filter(answer -> !offered.contains(answer))
        .forEach(answer -> problems.add("Answers." + answer + " is offered by no form"));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormHoldsExactlyTheFieldsItsHandlerKnowsAndShowsOnlyDeclaredVariables() {
    List<String> problems = new ArrayList<>();
    Set<String> files = new TreeSet<>();
    FORMS.forEach((file, json) -> {
      String id = json.path("id").asText();
      files.add(id);
      Form form = Forms.withId(id).orElse(null);
      if (form == null) {
        problems.add(file + ": form '" + id + "' is not in Forms");
        return;
      }
      Set<String> keys = new TreeSet<>();
      Set<String> shown = new TreeSet<>();
      for (JsonNode component : components(json)) {
        if (component.hasNonNull("key")) {
          keys.add(component.path("key").asText());
        }
        if (component.hasNonNull("valuesKey")) {
          shown.add(component.path("valuesKey").asText());
        }
        Matcher text = SHOWN.matcher(component.path("text").asText());
        while (text.find()) {
          shown.add(text.group(1));
        }
      }
      USED_NAMES.addAll(keys);
      USED_NAMES.addAll(shown);
      Set<String> declared = names(form.fields());
      if (!keys.equals(declared)) {
        problems.add(file + ": its fields " + keys + " are not the fields Forms declares " + declared);
      }
      Set<String> declaredShown = names(form.shows());
      if (!shown.equals(declaredShown)) {
        problems.add(file + ": it shows " + shown + ", but Forms declares it shows " + declaredShown);
      }
    });
    Forms.all().stream().filter(form -> !files.contains(form.id()))
        .forEach(form -> problems.add("Forms declares '" + form.id() + "', which is not deployed"));
    assertThat(problems).isEmpty();
  }

  @Test
  void everythingDeclaredIsUsedByADiagramFormOrBuildingBlock() {
    everyNameInAnExpressionIsADeclaredVariableOrBuildingBlock();
    everyVariableADiagramNamesIsDeclared();
    everyFormProcessAndMessageADiagramNamesIsDeclared();
    everyValueAGatewayComparesWithIsADeclaredAnswerOfferedByAForm();
    everyFormHoldsExactlyTheFieldsItsHandlerKnowsAndShowsOnlyDeclaredVariables();
    Set<String> usedByDeclarations = new HashSet<>();
    BuildingBlocks.all().forEach(block -> {
      usedByDeclarations.addAll(names(block.reads()));
      usedByDeclarations.addAll(names(block.sets()));
    });
    Processes.all().forEach(process -> usedByDeclarations.addAll(names(process.startsWith())));
    Messages.all().forEach(message -> usedByDeclarations.addAll(names(message.carries())));

    List<String> unused = new ArrayList<>();
    Vars.all().stream().map(Var::name)
        .filter(name -> !USED_NAMES.contains(name) && !usedByDeclarations.contains(name))
        .forEach(name -> unused.add("variable " + name));
    // a block that takes settings is a general-purpose step for process owners: no diagram need use it
    BuildingBlocks.all().stream().filter(block -> block.inputs().isEmpty()).map(BuildingBlock::name)
        .filter(name -> !USED_NAMES.contains(name))
        .forEach(name -> unused.add("building block " + name));
    Forms.all().stream().map(Form::id).filter(id -> !USED_NAMES.contains(id))
        .forEach(id -> unused.add("form " + id));
    Processes.all().stream().map(Processes.FlipsideProcess::key).filter(key -> !USED_NAMES.contains(key))
        .forEach(key -> unused.add("process " + key));
    Messages.all().stream().map(Messages.Message::name).filter(name -> !USED_NAMES.contains(name))
        .forEach(name -> unused.add("message " + name));
    assertThat(unused).as("declared but used nowhere").isEmpty();
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

  private static void checkBean(
      List<String> problems, String file, Element element, String expression, BuildingBlock.Kind kind) {
    String bean = expression.replaceAll("^\\$\\{(.*)}$", "$1");
    BuildingBlocks.named(bean).ifPresentOrElse(
        block -> {
          if (block.kind() != kind) {
            problems.add(file + ": " + element.getAttribute("id") + ": " + bean + " is a " + block.kind()
                + ", used as a " + kind);
          }
        },
        () -> problems.add(file + ": " + element.getAttribute("id") + ": " + expression + " is not a building block"));
  }

  private static void checkVariable(List<String> problems, String file, Element element, String name, String kind) {
    USED_NAMES.add(name);
    if (Vars.named(name).isEmpty()) {
      problems.add(file + ": " + enclosingId(element) + ": " + kind + " '" + name + "' is not in Vars");
    }
  }

  private interface ExpressionVisitor {
    void visit(String where, String expression);
  }

  /** Every expression in an attribute or text of every diagram, with the file and id of the element holding it. */
  private static void forEachExpression(ExpressionVisitor visitor) {
    DIAGRAMS.forEach((file, diagram) -> visit(file, diagram.getDocumentElement(), visitor));
  }

  private static void visit(String file, Element element, ExpressionVisitor visitor) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      expressions(((Attr) attributes.item(i)).getValue())
          .forEach(expression -> visitor.visit(file + ": " + enclosingId(element), expression));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        visit(file, childElement, visitor);
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        expressions(child.getNodeValue())
            .forEach(expression -> visitor.visit(file + ": " + enclosingId(element), expression));
      }
    }
  }

  private static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Set<String> identifiers(String expression) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll("''"));
    while (matcher.find()) {
      if (!EL_WORDS.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names;
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
    try (InputStream index = ProcessResources.open(ProcessResources.FOLDER + "/deployment.index")) {
      return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
